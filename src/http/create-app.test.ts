import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher, type Fetcher } from '../ingest/fetch/index.js';
import { openPgliteStore, type Store } from '../store/index.js';
import type { StreamContext } from '../stream/index.js';
import { processPass } from '../run/index.js';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from './create-app.js';
import { createEventHub, type EventHub } from './event-hub.js';
import { createStoryCache } from './story-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-http-'));
const clock = Date.parse('2016-12-15T10:00:00Z');
let store: Store;
let fetcher: Fetcher;
let hub: EventHub;
let context: StreamContext;
let app: OpenAPIHono;
let wakes = 0;
const KEY = 's3cret-key';

before(async () => {
  store = await openPgliteStore(dir, { inMemory: true });
  fetcher = createFetcher({ timeoutMs: 1_000 });
  hub = createEventHub();
  const now = (): Date => new Date(clock);
  const sleep = async (): Promise<void> => undefined;
  context = { store, fetcher, hostGate: createHostGate({ now: () => clock, sleep }), now, sleep, onEvent: hub.onStreamEvent };
  app = createApp({ store, hub, wake: () => void (wakes += 1), now, apiKey: null });
});

after(async () => {
  await fetcher.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const postJson = (target: OpenAPIHono, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  Promise.resolve(target.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));

test('every route of the app is in /openapi.json and every documented operation is a route', async () => {
  const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)));
  const routed = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path !== '/openapi.json').map((r) => `${r.method} ${r.path}`));
  assert.deepEqual([...routed].sort(), [...documented].sort());
  for (const required of ['POST /api/reports', 'GET /api/stories', 'GET /api/stories/:id', 'GET /api/feeds', 'POST /api/feeds', 'DELETE /api/feeds', 'GET /api/events', 'GET /']) {
    assert.ok(documented.has(required), required);
  }
});

test('the seeds POSTed as text become one story whose brief, versions and reports are read back', async () => {
  const seeds = join(repoRoot(), 'examples', 'aleppo');
  const ids: string[] = [];
  for (const name of readdirSync(seeds).sort()) {
    const response = await postJson(app, '/api/reports', { text: readFileSync(join(seeds, name), 'utf8'), source: 'Seed wire', published: '2016-12-14' });
    assert.equal(response.status, 201);
    const body = (await response.json()) as { id: string; story: null; status: string };
    assert.equal(body.status, 'pending');
    ids.push(body.id);
  }
  assert.equal(wakes, 5);
  const again = await postJson(app, '/api/reports', { text: readFileSync(join(seeds, readdirSync(seeds).sort()[0]!), 'utf8') });
  assert.equal(again.status, 200);
  assert.equal(((await again.json()) as { status: string }).status, 'duplicate');

  await processPass(context, { assigner: null }, { force: true });
  const stories = (await (await app.request('/api/stories')).json()) as { id: string; reports: number; version: number }[];
  assert.equal(stories.length, 1);
  assert.equal(stories[0]?.reports, 5);
  assert.equal(stories[0]?.version, 1);
  assert.equal(((await (await app.request('/api/stories?q=nothing+like+this')).json()) as unknown[]).length, 0);
  // Search reads more than titles: no seed's title names the Observatory, the brief's entities and summary do.
  const found = (await (await app.request('/api/stories?q=observatory+human+rights')).json()) as { id: string; title: string }[];
  assert.deepEqual(found.map((s) => s.id), [stories[0]!.id]);
  assert.doesNotMatch(found[0]!.title, /Observatory/);

  const detail = (await (await app.request(`/api/stories/${stories[0]!.id}`)).json()) as {
    story: unknown;
    version: number;
    versions: number[];
    brief: { summary: { text: string; sources: { report: string; start: number; end: number }[] }[]; figures: { status: string }[]; timeline: unknown[] };
    reports: { id: string; text?: string }[];
  };
  assert.equal(detail.version, 1);
  assert.deepEqual(detail.versions, [1]);
  assert.deepEqual(detail.reports.map((r) => r.id), ids);
  assert.equal(detail.reports[0]?.text, undefined);
  assert.ok(detail.brief.summary.length > 0);
  assert.ok(detail.brief.figures.some((f) => f.status === 'conflict'));
  const source = detail.brief.summary[0]!.sources[0]!;
  const report = (await (await app.request(`/api/reports/${source.report}`)).json()) as { text: string };
  assert.equal(report.text.slice(source.start, source.end), detail.brief.summary[0]!.text);
  // The story is called by its headline, which says where it came from (here the newest titled report).
  const item = detail.story as { title: string; headline: { text: string; kind: string; report: string } };
  assert.deepEqual([item.title, item.headline.kind], [item.headline.text, 'title']);
  assert.equal(item.headline.report, ids.at(-1));
  assert.equal((await app.request('/api/stories/s-404')).status, 404);
  assert.equal((await app.request(`/api/stories/${stories[0]!.id}?version=9`)).status, 404);
});

test('a story read through the server\'s cache is the same JSON as one read from the store, and stays so as the stream moves', async () => {
  const cache = createStoryCache(store);
  const unsubscribe = hub.subscribeStream((event) => cache.onStreamEvent(event));
  try {
    const cached = createApp({ store, hub, wake: () => undefined, now: () => new Date(clock), apiKey: null, storyCache: cache });
    const read = async (target: OpenAPIHono): Promise<unknown> => {
      const response = await target.request('/api/stories/s-1');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      return response.json();
    };
    assert.deepEqual(await read(cached), await read(app));
    // A report on the same story, assigned and then built: the cached entry follows the events.
    const page = readFileSync(join(repoRoot(), 'examples', 'aleppo', readdirSync(join(repoRoot(), 'examples', 'aleppo')).sort()[1]!), 'utf8');
    await postJson(app, '/api/reports', { text: `${page}\n\nUpdated with a new paragraph on the evacuation.` });
    await processPass(context, { assigner: null }, { force: true });
    const after = (await read(cached)) as { version: number; reports: unknown[] };
    assert.deepEqual(after, await read(app));
    assert.equal(after.reports.length, 6, 'the new report joined the story');
    assert.equal(after.version, 2);
    assert.equal((await cached.request('/api/stories/s-404')).status, 404);
  } finally {
    unsubscribe();
  }
});

test('bad input gets a 400 whose message names the field', async () => {
  const cases: [unknown, string][] = [
    [{ text: 5 }, '"text"'],
    [{ title: 'no body' }, '"text"'],
    [{ text: 'a', html: '<p>b</p>' }, 'exactly one of'],
    [{ url: 'ftp://example.com/x' }, '"url"'],
    [{ text: 'a', published: 'not a date' }, '"published"'],
    // Date.parse takes these ("1" is 2001-01-01); a report's date anchors its relative dates, so only ISO 8601 is.
    [{ text: 'a', published: '1' }, '"published"'],
    [{ text: 'a', published: 'Tuesday 5' }, '"published"'],
  ];
  for (const [body, expected] of cases) {
    const response = await postJson(app, '/api/reports', body);
    assert.equal(response.status, 400, JSON.stringify(body));
    const { error } = (await response.json()) as { error: string };
    assert.ok(error.includes(expected), `${error} should name ${expected}`);
  }
  const malformed = await app.request('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' });
  assert.equal(malformed.status, 400);
  assert.equal((await app.request('/api/stories?limit=0')).status, 400);
});

test('a NUL character in a field or an id, or a version past the store\'s integers, is a 400 naming it, not the store\'s 500', async () => {
  const nul = 'Aid convoys reached the city \u0000 on Thursday, officials said.';
  for (const [body, field] of [
    [{ text: nul }, 'text'],
    [{ html: `<html><body><p>${nul}</p></body></html>` }, 'html'],
    [{ text: 'Aid convoys reached the city.', title: 'A\u0000' }, 'title'],
    [{ text: 'Aid convoys reached the city.', source: 'B\u0000' }, 'source'],
    [{ text: 'Aid convoys reached the city.', published: '2016-12-15\u0000' }, 'published'],
    [{ url: 'https://news.example/\u0000' }, 'url'],
  ] as const) {
    const response = await postJson(app, '/api/reports', body);
    assert.equal(response.status, 400, field);
    assert.match(((await response.json()) as { error: string }).error, new RegExp(`^Invalid body field "${field}"`), field);
  }
  for (const path of ['/api/stories/s-1%00', '/api/reports/r1%00', '/api/stories/s-1?version=2147483648']) {
    const response = await app.request(path);
    assert.equal(response.status, 400, path);
    assert.match(((await response.json()) as { error: string }).error, /^Invalid (param|query) field "(id|version)"/, path);
  }
});

test('every JSON-taking write route answers a malformed, mistyped or oversized body with the API\'s JSON {error}, not plain text', async () => {
  const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>> };
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).filter(([, op]) => op.requestBody?.content['application/json'] !== undefined).map(([method]) => ({ method: method.toUpperCase(), path })),
  );
  assert.deepEqual(routes.map((r) => `${r.method} ${r.path}`).sort(), ['POST /api/feeds', 'POST /api/reports']);
  const small = createApp({ store, hub, wake: () => undefined, now: () => new Date(clock), apiKey: null }, { bodyLimitBytes: 1_000 });
  for (const { method, path } of routes) {
    const cases: [string, OpenAPIHono, RequestInit, number, RegExp][] = [
      ['malformed JSON', app, { headers: { 'content-type': 'application/json' }, body: '{"text":' }, 400, /^Malformed JSON in request body: expected one JSON object$/],
      ['an empty body', app, { headers: { 'content-type': 'application/json' }, body: '' }, 400, /^Malformed JSON in request body/],
      ['a text/plain body', app, { headers: { 'content-type': 'text/plain' }, body: '{"url": "https://example.com/rss"}' }, 415, /^Unsupported content type "text\/plain": expected application\/json$/],
      ['a form body', app, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'url=https%3A%2F%2Fexample.com%2Frss' }, 415, /expected application\/json$/],
      // A Uint8Array body, unlike a string, gets no content type of its own.
      ['no content type', app, { body: new TextEncoder().encode('{"url": "https://example.com/rss"}') }, 415, /^Missing content type: expected application\/json$/],
      ['a body over the limit', small, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(5_000) }) }, 413, /at most 1000 bytes/],
    ];
    for (const [label, target, init, status, message] of cases) {
      const response = await target.request(path, { method, ...init });
      const where = `${method} ${path}, ${label}`;
      assert.equal(response.status, status, where);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/, where);
      const body = (await response.json()) as Record<string, unknown>;
      assert.deepEqual(Object.keys(body), ['error'], where);
      assert.match(body.error as string, message, where);
    }
  }
});

test('a body over the limit is refused with 413 before it is parsed', async () => {
  const small = createApp({ store, hub, wake: () => undefined, now: () => new Date(clock), apiKey: null }, { bodyLimitBytes: 1_000 });
  const response = await postJson(small, '/api/reports', { text: 'x'.repeat(5_000) });
  assert.equal(response.status, 413);
  assert.match(((await response.json()) as { error: string }).error, /at most 1000 bytes/);
});

test('with an API key set, writes need it (Bearer or X-API-Key) and reads do not', async () => {
  const locked = createApp({ store, hub, wake: () => undefined, now: () => new Date(clock), apiKey: KEY });
  assert.equal((await postJson(locked, '/api/feeds', { url: 'https://example.com/rss' })).status, 401);
  assert.equal((await postJson(locked, '/api/feeds', { url: 'https://example.com/rss' }, { authorization: 'Bearer wrong' })).status, 401);
  assert.equal((await postJson(locked, '/api/feeds', { url: 'https://example.com/rss' }, { authorization: `Bearer ${KEY}` })).status, 201);
  assert.equal((await locked.request('/api/feeds?url=https://example.com/rss', { method: 'DELETE', headers: { 'x-api-key': KEY } })).status, 204);
  assert.equal((await locked.request('/api/feeds?url=https://example.com/rss', { method: 'DELETE' })).status, 401);
  assert.equal((await locked.request('/api/stories')).status, 200);
});

test('feeds are added, listed and removed', async () => {
  assert.equal((await postJson(app, '/api/feeds', { url: 'https://example.org/world.xml' })).status, 201);
  assert.equal((await postJson(app, '/api/feeds', { url: 'https://example.org/world.xml' })).status, 200);
  const feeds = (await (await app.request('/api/feeds')).json()) as { url: string }[];
  assert.deepEqual(feeds.map((f) => f.url), ['https://example.org/world.xml']);
  assert.equal((await app.request('/api/feeds?url=https://example.org/world.xml', { method: 'DELETE' })).status, 204);
  assert.equal((await app.request('/api/feeds?url=https://example.org/world.xml', { method: 'DELETE' })).status, 404);
});

test('the page is served with a strict Content-Security-Policy and carries no data of its own', async () => {
  const response = await app.request('/');
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  const html = await response.text();
  assert.doesNotMatch(html, /<script>|style=|https?:\/\//);
  assert.equal((await app.request('/assets/main.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await app.request('/assets/nope.js')).status, 404);
  assert.equal((await app.request('/assets/..%2Fhttp%2Fcreate-app.js')).status, 400);
});

test('hostile HTML in a posted page stays text in the stored report and in the API', async () => {
  const paragraph = 'Aid convoys reached the eastern districts of the city on Thursday, officials said, after days of delay. ';
  const html = `<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Convoys arrive</title></head><body><article><h1>Convoys arrive</h1><p>${paragraph.repeat(4)}</p><p>&lt;img src=x onerror=alert(2)&gt; ${paragraph.repeat(3)}</p><script>alert(3)</script></article></body></html>`;
  const response = await postJson(app, '/api/reports', { html });
  assert.equal(response.status, 201);
  const { id } = (await response.json()) as { id: string };
  const got = await app.request(`/api/reports/${id}`);
  assert.match(got.headers.get('content-type') ?? '', /^application\/json/);
  const report = (await got.json()) as { text: string };
  assert.ok(report.text.includes('<img src=x onerror=alert(2)>'), 'the escaped markup is kept as text');
  assert.ok(!report.text.includes('alert(3)'), 'script elements are not article text');
});

test('server-sent events announce a story change to connected clients', async () => {
  const response = await app.request('/api/events');
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('event: ready')) text += decoder.decode((await reader.read()).value);
  hub.onStreamEvent({ kind: 'brief', storyId: 's-1', version: 2, reports: 6 });
  while (!text.includes('event: brief')) text += decoder.decode((await reader.read()).value);
  assert.match(text, /data: \{"type":"brief","story":"s-1","version":2,"reports":6\}/);
  await reader.cancel();
});
