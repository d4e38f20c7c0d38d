import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { repoRoot } from '../../test/html-fixture-case.js';
import { fetchRefusal } from '../ingest/fetch/index.js';
import { openPgliteStore, type Store } from '../store/index.js';
import { createApp, DEFAULT_BODY_LIMIT_BYTES } from './create-app.js';
import { createEventHub } from './event-hub.js';
import { createFastReportPost } from './fast-report-post.js';

const dirs: string[] = [];
const stores: Store[] = [];
const servers: Server[] = [];
const SEED = readFileSync(join(repoRoot(), 'examples', 'aleppo', '000_76b5fb938eb88dee.txt'), 'utf8');

after(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  for (const store of stores) await store.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** An in-memory store and the app's dependencies over it, cleaned up after the tests; `extra` adds a URL check. */
async function appDeps(prefix: string, apiKey: string | null, extra: { urlRefusal?: (url: string) => Promise<string | null> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  const store = await openPgliteStore(dir, { inMemory: true });
  stores.push(store);
  return { store, hub: createEventHub(), wake: () => undefined, now: () => new Date('2016-12-15T10:00:00Z'), apiKey, ...extra };
}

/** A server over its own in-memory store, the app alone or with the plain-node path in front; `taken` counts what that path answered. */
async function start(withFastPath: boolean, apiKey: string | null): Promise<{ url: string; taken: () => number }> {
  const deps = await appDeps('newsbrief-fast-post-', apiKey);
  const app = createApp(deps);
  const listener = getRequestListener(app.fetch);
  const fast = withFastPath ? await createFastReportPost(app.fetch, deps, DEFAULT_BODY_LIMIT_BYTES) : () => false;
  let taken = 0;
  const server = createServer((req, res) => {
    if (fast(req, res)) taken += 1;
    else void listener(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, taken: () => taken };
}

/** Status, headers (without the per-connection ones) and body of one answer. */
async function answer(url: string, path: string, init: RequestInit): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const response = await fetch(`${url}${path}`, init);
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)));
  return { status: response.status, headers, body: await response.text() };
}

const json = (body: unknown, extra: Record<string, string> = {}): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body: typeof body === 'string' ? body : JSON.stringify(body) });

test('POST /api/reports answers the same on the plain-node path as through the app, for stored, duplicate, invalid and unusual requests', async () => {
  const app = await start(false, null);
  const fast = await start(true, null);
  const cases: readonly [string, string, RequestInit][] = [
    ['a new text', '/api/reports', json({ text: SEED, source: 'Seed wire', published: '2016-12-14' })],
    ['the same text again', '/api/reports', json({ text: SEED })],
    ['another new text, charset given', '/api/reports', json({ text: `${SEED}\n\nA last paragraph added by a second paper.` }, { 'content-type': 'application/json; charset=utf-8' })],
    ['no text, html or url', '/api/reports', json({ title: 'Nothing' })],
    ['an unknown field', '/api/reports', json({ text: SEED, extra: 1 })],
    ['malformed JSON', '/api/reports', json('{"text": ')],
    ['a text of blanks', '/api/reports', json({ text: '   \n  ' })],
    ['a query string', '/api/reports?wait=false', json({ text: `${SEED} (third copy with a change)` })],
    ['not JSON', '/api/reports', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }],
    ['a body over the limit', '/api/reports', json({ text: 'x'.repeat(DEFAULT_BODY_LIMIT_BYTES) })],
  ];
  for (const [label, path, init] of cases) {
    const fastAnswer = await answer(fast.url, path, init);
    assert.deepEqual(fastAnswer, await answer(app.url, path, init), label);
    // Through the real server too, every refusal is the API's JSON {error}, never hono's plain text.
    if (fastAnswer.status >= 400) {
      assert.match(fastAnswer.headers['content-type'] ?? '', /^application\/json/, label);
      assert.equal(typeof (JSON.parse(fastAnswer.body) as { error?: unknown }).error, 'string', label);
    }
  }
  // The plain cases were answered by the plain-node path (the first seven), the others by the app.
  assert.equal(fast.taken(), 7);
});

test('with an API key, the plain-node path stores only with the right key and leaves the 401s to the app', async () => {
  const app = await start(false, 'k3y');
  const fast = await start(true, 'k3y');
  const cases: readonly [string, RequestInit][] = [
    ['no key', json({ text: SEED })],
    ['a wrong key', json({ text: SEED }, { authorization: 'Bearer nope' })],
    ['the right key', json({ text: SEED }, { 'x-api-key': 'k3y' })],
  ];
  for (const [label, init] of cases) assert.deepEqual(await answer(fast.url, '/api/reports', init), await answer(app.url, '/api/reports', init), label);
  assert.equal(fast.taken(), 1);
});

test('the API refuses what the CLI refuses, on both paths, naming the problem, and stores nothing', async () => {
  const app = await start(false, null);
  const fast = await start(true, null);
  const invalidUtf8 = Buffer.concat([Buffer.from(`{"text": "${SEED.slice(0, 200).replace(/["\\\n]/g, ' ')} `), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
  const cases: readonly [string, RequestInit, number, RegExp][] = [
    ['a two-letter text', json({ text: 'hi' }), 422, /^Field "text" is too short for a news report: expected at least 8 words, found 1$/],
    ['a short line', json({ text: 'Rebels left Aleppo on Thursday.' }), 422, /at least 8 words, found 5/],
    ['whitespace only', json({ text: ' \t\n ' }), 400, /^Field "text" has only whitespace/],
    ['invisible characters only', json({ text: '\u200b\u200d\ufeff\u2060\u202e' }), 400, /^Field "text" has only invisible characters: expected the text of a news report$/],
    ['invalid UTF-8', { method: 'POST', headers: { 'content-type': 'application/json' }, body: invalidUtf8 }, 400, /^Request body is not valid UTF-8/],
  ];
  for (const [label, init, status, message] of cases) {
    const fastAnswer = await answer(fast.url, '/api/reports', init);
    assert.deepEqual(fastAnswer, await answer(app.url, '/api/reports', init), label);
    assert.equal(fastAnswer.status, status, `${label}: ${fastAnswer.body}`);
    assert.match((JSON.parse(fastAnswer.body) as { error: string }).error, message, label);
  }
  for (const url of [app.url, fast.url]) assert.deepEqual(await (await fetch(`${url}/api/stories`)).json(), []);
});

test('a posted URL whose host the fetcher refuses is refused in the answer (422), and nothing is queued', async () => {
  const deps = await appDeps('newsbrief-refused-url-', null, { urlRefusal: (url: string) => fetchRefusal(url, {}, async () => [{ address: '127.0.0.1', family: 4 }]) });
  const { store } = deps;
  const app = createApp(deps);
  for (const url of ['http://127.1/admin', 'http://2130706433/', 'http://[::ffff:127.0.0.1]/', 'http://localhost/']) {
    const response = await app.request('/api/reports', json({ url }));
    assert.equal(response.status, 422, url);
    const { error } = (await response.json()) as { error: string };
    assert.match(error, /^Cannot fetch http:\/\/.+: .*(is|resolves to 127\.0\.0\.1,) a loopback address, not a public one; the server allows it with --allow-private or --allow-host$/, error);
  }
  assert.deepEqual(await store.dueFetches(new Date('2030-01-01').toISOString(), 10), []);
});

test('a feed whose host the fetcher refuses is refused in the answer (422), and nothing is subscribed', async () => {
  const deps = await appDeps('newsbrief-refused-feed-', null, { urlRefusal: (url: string) => fetchRefusal(url, {}, async () => [{ address: '10.0.0.7', family: 4 }]) });
  const { store } = deps;
  const app = createApp(deps);
  const refused = await app.request('/api/feeds', json({ url: 'http://wire.internal/rss' }));
  assert.equal(refused.status, 422);
  assert.equal(((await refused.json()) as { error: string }).error, 'Cannot subscribe to http://wire.internal/rss: wire.internal resolves to 10.0.0.7, a private address, not a public one; the server allows it with --allow-private or --allow-host');
  assert.deepEqual(await store.listFeeds(), []);
  const allowed = createApp({ ...deps, urlRefusal: (url: string) => fetchRefusal(url, { allowHosts: ['wire.internal'] }, async () => [{ address: '10.0.0.7', family: 4 }]) });
  assert.equal((await allowed.request('/api/feeds', json({ url: 'http://wire.internal/rss' }))).status, 201);
});
