/** @module The page's entry: routes by hash (#/story/ID), loads stories and briefs, keeps the open source marked, and follows /api/events to update without a reload. */
import { deleteFeed, fetchFeeds, fetchStories, fetchStory, refKey, type FeedView, type SourceRef, type StoryDetail } from './api.js';
import { el, replaceChildren } from './dom.js';
import { enteredKey, refusal, renderAddForms } from './render-add-forms.js';
import { renderChanges } from './render-changes.js';
import { showSource } from './render-source.js';
import { renderStory } from './render-story.js';
import { renderFeedList, renderStoryList } from './render-story-list.js';
import { labelReports, type ReportLabel } from './report-label.js';
import { storyIdFromHash } from './route.js';
import { storyChanges, type StoryChanges } from './what-changed.js';

/** Events come in bursts (one per assigned report); one refresh per burst is enough. */
const REFRESH_DEBOUNCE_MS = 250;
/** How long a story that just changed stays highlighted in the list. */
const FLASH_MS = 4_000;
const SEEN_PREFIX = 'newsbrief.seen.';
/** Versions read one by one for the reports they added; further back, the briefs' own report lists are compared. */
const MAX_VERSIONS_READ = 20;

const $ = (id: string): HTMLElement => document.getElementById(id)!;
const state = {
  query: '',
  currentId: null as string | null,
  flash: new Set<string>(),
  listTimer: 0,
  storyTimer: 0,
  labels: new Map<string, ReportLabel>() as ReadonlyMap<string, ReportLabel>,
  /**
   * The span whose report is open, kept marked across re-renders: its key, and which of the elements with that key
   * was clicked (a figure's row and a summary sentence can point at the same sentence); and the element to give focus back to.
   */
  selected: null as { readonly key: string; readonly nth: number } | null,
  trigger: null as HTMLElement | null,
  /** The [data-ref] element of the story the last click (mouse, Enter or Space) landed on. */
  clicked: null as HTMLElement | null,
  /** The version shown, and the one the "since you last looked" box compares it with. */
  shownVersion: null as number | null,
  baseline: null as number | null,
};

function readSeen(id: string): number | null {
  try {
    const value = Number(localStorage.getItem(SEEN_PREFIX + id));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function writeSeen(id: string, version: number): void {
  try {
    localStorage.setItem(SEEN_PREFIX + id, String(version));
  } catch {
    // Storage refused: the box is then only for this page's life.
  }
}

async function refreshList(): Promise<void> {
  const [stories, feeds] = await Promise.all([fetchStories(state.query), fetchFeeds()]);
  renderFeedList($('feed-list'), feeds, (feed) => void unsubscribe(feed));
  $('stories-empty').hidden = stories.length > 0;
  renderStoryList($('story-list'), stories, state.currentId, state.flash);
  // With no story chosen, open the most recently active one.
  if (state.currentId === null && stories[0] !== undefined && state.query === '') location.hash = `#/story/${encodeURIComponent(stories[0].id)}`;
}

async function unsubscribe(feed: FeedView): Promise<void> {
  const status = $('feeds-status');
  const result = await deleteFeed(feed.url, enteredKey()).catch((error: Error) => ({ ok: false, status: 0, body: { error: `Could not reach the server: ${error.message}` } }));
  status.dataset.kind = result.ok ? 'ok' : 'error';
  // The feed's title is its own (third-party) text: set as text, like everything else.
  status.textContent = result.ok || result.status === 404 ? `Unsubscribed from ${feed.title ?? feed.url}; its reports stay.` : refusal(result, 'under Add');
  scheduleList();
}

/** The element whose report is open, as the story is rendered now. */
function selectedNode(): HTMLElement | null {
  if (state.selected === null) return null;
  const same = document.querySelectorAll<HTMLElement>(`#story [data-ref="${CSS.escape(state.selected.key)}"]`);
  return same[state.selected.nth] ?? same[0] ?? null;
}

/** Marks the clicked span (and only it) as the one whose report is open. */
function markSelected(): void {
  for (const node of document.querySelectorAll('#story [data-ref].selected')) {
    node.classList.remove('selected');
    if (node.hasAttribute('aria-expanded')) node.setAttribute('aria-expanded', 'false');
  }
  const node = selectedNode();
  node?.classList.add('selected');
  if (node?.hasAttribute('aria-expanded') === true) node.setAttribute('aria-expanded', 'true');
}

function closeSource(): void {
  const panel = $('source');
  if (panel.hidden) return;
  panel.hidden = true;
  // A live update since the click re-rendered the story: focus goes back to the same span as it is now.
  const back = state.trigger?.isConnected === true ? state.trigger : selectedNode();
  state.selected = null;
  markSelected();
  back?.focus({ preventScroll: true });
}

/** On a phone the panel is a bottom sheet: when it covers what was clicked, the page scrolls that just above it. */
function keepVisible(trigger: HTMLElement | null, panel: HTMLElement): void {
  if (trigger === null || getComputedStyle(panel).position !== 'fixed') return;
  const top = panel.getBoundingClientRect().top;
  const box = trigger.getBoundingClientRect();
  if (box.bottom > top - 8) window.scrollBy({ top: box.bottom - top + 16 });
}

function openSource(primary: SourceRef, others: readonly SourceRef[]): void {
  const panel = $('source');
  // A click in the story opened it; a pick in the panel's "also said by" list keeps the story's trigger.
  const clicked = state.clicked;
  state.clicked = null;
  const key = refKey(primary);
  if (clicked !== null && clicked.isConnected && clicked.dataset.ref === key) {
    state.trigger = clicked;
    state.selected = { key, nth: [...document.querySelectorAll(`#story [data-ref="${CSS.escape(key)}"]`)].indexOf(clicked) };
  } else state.selected = { key, nth: 0 };
  markSelected();
  void showSource(panel, primary, others, { labels: state.labels, onPick: openSource, onClose: closeSource }).then(() => {
    if (panel.hidden) return;
    keepVisible(state.trigger, panel);
    panel.querySelector<HTMLElement>('#source-title')?.focus({ preventScroll: true });
  });
}

async function changesSince(detail: StoryDetail, labels: ReadonlyMap<string, ReportLabel>): Promise<HTMLElement | null> {
  const since = state.baseline;
  if (since === null || detail.version === null || since >= detail.version || detail.brief === null) return null;
  let changes: StoryChanges;
  try {
    const old = await fetchStory(detail.story.id, since);
    if (old.brief === null) return null;
    // Each version lists the reports it added (near copies too, which leave the brief as it was).
    const between = detail.version - since > MAX_VERSIONS_READ ? null : await Promise.all(Array.from({ length: detail.version - since - 1 }, (_, i) => fetchStory(detail.story.id, since + 1 + i)));
    const added = between === null ? undefined : [...between, detail].flatMap((d) => d.changes?.newReports ?? []);
    changes = storyChanges(since, old.brief, detail.brief, added === undefined ? undefined : [...new Set(added)]);
  } catch {
    return null;
  }
  return renderChanges(changes, labels, () => {
    state.baseline = detail.version;
    document.querySelector('#story .changes')?.remove();
  });
}

async function refreshStory(): Promise<void> {
  const id = state.currentId;
  const main = $('story');
  if (id === null) return;
  try {
    const detail = await fetchStory(id);
    if (state.currentId !== id) return;
    // The reader saw the version shown before this one; on arrival, the one stored from the last visit.
    if (state.shownVersion === null) state.baseline = readSeen(id);
    else if (detail.version !== state.shownVersion) state.baseline = state.shownVersion;
    const labels = labelReports(detail.reports, detail.brief);
    const changes = await changesSince(detail, labels);
    if (state.currentId !== id) return;
    state.labels = labels;
    state.shownVersion = detail.version;
    if (detail.version !== null) writeSeen(id, detail.version);
    replaceChildren(main, ...renderStory(detail, { onSource: openSource, changes }));
    markSelected();
  } catch (error) {
    replaceChildren(main, el('p', { class: 'muted' }, `Cannot load story ${id}: ${(error as Error).message}`));
  }
}

function scheduleList(): void {
  clearTimeout(state.listTimer);
  state.listTimer = window.setTimeout(() => void refreshList(), REFRESH_DEBOUNCE_MS);
}

function scheduleStory(): void {
  clearTimeout(state.storyTimer);
  state.storyTimer = window.setTimeout(() => void refreshStory(), REFRESH_DEBOUNCE_MS);
}

/** The phone's story list (the masthead button): open with no story chosen, closed once one is. */
function setNavOpen(isOpen: boolean): void {
  document.querySelector('.layout')?.classList.toggle('nav-open', isOpen);
  $('nav-toggle').setAttribute('aria-expanded', String(isOpen));
}

function onRoute(): void {
  state.currentId = storyIdFromHash(location.hash);
  setNavOpen(state.currentId === null);
  state.shownVersion = null;
  state.baseline = null;
  state.selected = null;
  state.trigger = null;
  $('source').hidden = true;
  scheduleList();
  void refreshStory().then(() => $('story').focus({ preventScroll: true }));
}

function followEvents(): void {
  const live = $('live');
  const source = new EventSource('/api/events');
  const setLive = (s: string, label: string): void => {
    live.dataset.state = s;
    live.textContent = label;
  };
  source.addEventListener('open', () => setLive('live', 'live'));
  source.addEventListener('error', () => setLive('offline', 'reconnecting'));
  const onChange = (event: MessageEvent<string>): void => {
    const data = JSON.parse(event.data) as { story?: string };
    if (typeof data.story !== 'string') return;
    const story = data.story;
    state.flash.add(story);
    window.setTimeout(() => state.flash.delete(story), FLASH_MS);
    scheduleList();
    if (story === state.currentId) scheduleStory();
  };
  source.addEventListener('report', onChange);
  source.addEventListener('brief', onChange);
  source.addEventListener('feed', () => scheduleList());
}

const hasApiKey = document.querySelector('meta[name="newsbrief-api-key"]')?.getAttribute('content') === 'required';
$('add').replaceWith(renderAddForms(hasApiKey));
$('nav-toggle').addEventListener('click', () => setNavOpen($('nav-toggle').getAttribute('aria-expanded') !== 'true'));
// Choosing the story already shown changes no hash: the list closes all the same.
$('story-list').addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('a') !== null) setNavOpen(false);
});
$('search').addEventListener('submit', (event) => event.preventDefault());
$('q').addEventListener('input', (event) => {
  state.query = (event.target as HTMLInputElement).value.trim();
  scheduleList();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !$('source').hidden) {
    event.preventDefault();
    closeSource();
  }
});
// Captured before the element's own handler opens the source, so openSource knows which element it was.
$('story').addEventListener(
  'click',
  (event) => {
    state.clicked = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-ref]') : null;
  },
  { capture: true },
);
window.addEventListener('hashchange', onRoute);
onRoute();
followEvents();
