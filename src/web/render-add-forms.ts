/** @module Adding from the page: a link (POST /api/reports {url}) and a feed (POST /api/feeds {url}), with the API key when the server has one, and the API's own message on a refusal. */
import { fetchFeeds, fetchReportState, postJson, type PostResult } from './api.js';
import { el } from './dom.js';

/** How often, and how long, the page asks how a queued link or a new feed fared (the server fetches it in the background). */
const FOLLOW_EVERY_MS = 1_000;
const FOLLOW_FOR_MS = 45_000;
const KEY_STORAGE = 'newsbrief.apiKey';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function storedKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

function say(status: HTMLElement, kind: 'ok' | 'error' | 'pending', text: string): void {
  status.dataset.kind = kind;
  status.textContent = text;
}

/** The API's own message for a refused write; `keyField` says where the key is asked for, from where the message shows. */
export function refusal(result: PostResult, keyField = 'above'): string {
  if (result.status === 401) return `${result.body.error ?? 'API key missing or wrong'}. Enter the server's API key ${keyField}.`;
  return result.body.error ?? `The server answered HTTP ${result.status}`;
}

/** Follows a queued link until it is assigned to a story or fails, and says which. */
async function followReport(id: string, status: HTMLElement, isCurrent: () => boolean): Promise<void> {
  for (const deadline = Date.now() + FOLLOW_FOR_MS; Date.now() < deadline && isCurrent(); ) {
    await sleep(FOLLOW_EVERY_MS);
    const report = await fetchReportState(id).catch(() => null);
    if (report === null || !isCurrent()) continue;
    if (report.status === 'failed') return say(status, 'error', `Could not read it: ${report.error ?? 'unknown error'}`);
    if (report.status === 'duplicate') return say(status, 'ok', 'Already stored.');
    if (report.status === 'assigned' && typeof report.story === 'string') {
      status.replaceChildren(`Added${report.title === null ? '' : ` “${report.title}”`} to `, el('a', { href: `#/story/${encodeURIComponent(report.story)}` }, 'its story'), '.');
      status.dataset.kind = 'ok';
      return;
    }
  }
  if (isCurrent()) say(status, 'pending', 'Still fetching; it will appear in the list when read.');
}

/** Follows a new feed until its first poll, and says what it found. */
async function followFeed(url: string, status: HTMLElement, isCurrent: () => boolean): Promise<void> {
  for (const deadline = Date.now() + FOLLOW_FOR_MS; Date.now() < deadline && isCurrent(); ) {
    await sleep(FOLLOW_EVERY_MS);
    const feed = (await fetchFeeds().catch(() => [])).find((f) => f.url === url);
    if (feed === undefined || !isCurrent()) continue;
    if (feed.lastError !== null) return say(status, 'error', `Subscribed, but it could not be read: ${feed.lastError}`);
    if (feed.lastPolledAt !== null) return say(status, 'ok', `Subscribed to ${feed.title ?? url}.`);
  }
  if (isCurrent()) say(status, 'pending', 'Subscribed; not read yet.');
}

function urlForm(id: string, label: string, button: string, submit: (url: string, status: HTMLElement, isCurrent: () => boolean) => Promise<void>): HTMLFormElement {
  const input = el('input', { id, type: 'url', name: 'url', required: true, placeholder: 'https://…', autocomplete: 'off' });
  const status = el('p', { class: 'form-status', role: 'status', 'aria-live': 'polite', id: `${id}-status` });
  let attempt = 0;
  const form = el('form', { class: 'add-form', novalidate: true }, el('label', { for: id }, label), el('div', { class: 'row' }, input, el('button', { type: 'submit' }, button)), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = input.value.trim();
    if (!/^https?:\/\/\S+$/i.test(url)) return say(status, 'error', 'Expected an http(s) address, such as https://example.com/article');
    const mine = ++attempt;
    say(status, 'pending', 'Sending…');
    submit(url, status, () => mine === attempt).catch((error: Error) => say(status, 'error', `Could not reach the server: ${error.message}`));
  });
  return form;
}

/** The API key the reader entered in the form (empty when the server wants none or none was entered). */
export function enteredKey(): string {
  const input = document.getElementById('api-key');
  return input instanceof HTMLInputElement ? input.value.trim() : '';
}

/** The forms; `hasApiKey` (from the page's meta tag) adds the key field, kept for the tab's session only. */
export function renderAddForms(hasApiKey: boolean): HTMLElement {
  const keyInput = hasApiKey ? el('input', { id: 'api-key', type: 'password', autocomplete: 'off', value: storedKey() }) : null;
  keyInput?.addEventListener('change', () => {
    try {
      sessionStorage.setItem(KEY_STORAGE, keyInput.value);
    } catch {
      // Storage refused (private mode): the field still holds it for this page.
    }
  });
  const key = (): string => keyInput?.value.trim() ?? '';
  const report = urlForm('add-url', 'Add a report by its link', 'Add', async (url, status, isCurrent) => {
    const result = await postJson('/api/reports', { url }, key());
    if (!result.ok) return say(status, 'error', refusal(result));
    if (result.body.status === 'duplicate') return say(status, 'ok', 'Already stored.');
    say(status, 'pending', 'Queued; fetching the page…');
    if (typeof result.body.id === 'string') await followReport(result.body.id, status, isCurrent);
  });
  const feed = urlForm('add-feed', 'Subscribe to a feed (RSS, Atom, JSON Feed)', 'Subscribe', async (url, status, isCurrent) => {
    const result = await postJson('/api/feeds', { url }, key());
    if (!result.ok) return say(status, 'error', refusal(result));
    if (result.body.isNew === false) return say(status, 'ok', 'Already subscribed.');
    say(status, 'pending', 'Subscribed; reading it…');
    await followFeed(result.body.url ?? url, status, isCurrent);
  });
  return el(
    'section',
    { class: 'add', 'aria-labelledby': 'h-add' },
    el('h2', { id: 'h-add' }, 'Add'),
    keyInput === null ? null : el('div', { class: 'add-form' }, el('label', { for: 'api-key' }, 'API key (this server requires one to add)'), keyInput),
    report,
    feed,
  );
}
