import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher, type Fetcher } from '../ingest/fetch/index.js';
import { openPgliteStore, type Store } from '../store/index.js';
import { addInputs } from '../stream/index.js';
import { DEFAULT_QUIET_MS } from '../stream/index.js';
import { fetchQueued } from '../stream/index.js';
import { pollFeeds } from '../stream/index.js';
import { processPass, type AssignerHolder } from './process-stream.js';
import { rebuildBriefs } from '../stream/index.js';
import type { StreamContext, StreamEvent } from '../stream/index.js';
import type { VersionChanges } from '../stream/index.js';

const root = repoRoot();
const seeds = join(root, 'examples', 'aleppo');
const page = readFileSync(join(root, 'test', 'fixtures', 'html-jsonld-newsarticle', 'input.html'));
/** Pages whose NUL characters PostgreSQL cannot store: one in plain text, one spelt as an escape in the page's JSON-LD. */
const NUL_PARAGRAPH = 'Relief flights landed at the northern airport on Friday, the agency said, after weeks of closure. ';
const NUL_PAGE = `<html><head><title>Relief flights land</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Relief\\u0000 flights land","publisher":{"@type":"Organization","name":"Wire\\u0000"}}</script></head><body><article><h1>Relief flights land</h1><p>${NUL_PARAGRAPH.repeat(5)}</p></article></body></html>`;
let clock = Date.parse('2016-12-15T10:00:00Z');
let server: Server;
let base = '';
let store: Store;
let fetcher: Fetcher;
let context: StreamContext;
const events: StreamEvent[] = [];
const holder: AssignerHolder = { assigner: null };
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-stream-'));

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/rss') {
      if (req.headers['if-none-match'] === '"f1"') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title>
        <item><title>Evacuation resumes</title><link>/world/aleppo-evacuation</link><pubDate>Thu, 15 Dec 2016 09:30:00 GMT</pubDate></item>
        <item><title>Intranet</title><link>http://10.1.2.3/secret</link></item></channel></rss>`);
    } else if (req.url === '/world/aleppo-evacuation') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else if (req.url === '/nul/plain') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`${NUL_PARAGRAPH.repeat(4)}\u0000${NUL_PARAGRAPH}`);
    } else if (req.url === '/rss-fresh') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Fresh wire</title>
        <item><title>Item</title><link>${base}/plain/from-feed</link></item></channel></rss>`);
    } else if (req.url?.startsWith('/plain/') === true) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`${req.url.slice(7)}: ${NUL_PARAGRAPH.repeat(5)}`);
    } else if (req.url === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    } else if (req.url === '/nul/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NUL_PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
  store = await openPgliteStore(dir, { inMemory: true });
  fetcher = createFetcher({ allowHosts: ['localhost'], timeoutMs: 3_000 });
  const now = (): Date => new Date(clock);
  const sleep = async (ms: number): Promise<void> => void (clock += ms);
  context = { store, fetcher, hostGate: createHostGate({ now: () => clock, sleep }), now, sleep, onEvent: (e) => events.push(e) };
});

after(async () => {
  await fetcher.close();
  await store.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the seeds are stored, assigned to one story, and its brief waits for a quiet minute', async () => {
  const added = await addInputs(context, [seeds]);
  assert.deepEqual(added, { stored: 5, queued: 0, duplicates: 0, skipped: 0 });
  const pass = await processPass(context, holder);
  assert.deepEqual(pass, { fetched: 0, assigned: 5, briefs: 0 });
  const [story] = await store.listStories();
  assert.equal(story?.reportCount, 5);
  assert.equal(story?.latestVersion, 0);
  clock += DEFAULT_QUIET_MS;
  assert.equal(await rebuildBriefs(context), 1);
  const version = await store.storyVersion(story!.id);
  assert.equal(version?.version, 1);
  assert.deepEqual(version?.reportIds, ['r1', 'r2', 'r3', 'r4', 'r5']);
  assert.ok(((version?.brief as { summary: unknown[] }).summary.length ?? 0) > 0);
});

test('adding the same folder again stores nothing new', async () => {
  const again = await addInputs(context, [seeds]);
  assert.deepEqual(again, { stored: 0, queued: 0, duplicates: 5, skipped: 0 });
});

test('a trimmed, lightly edited wire copy is linked as a near copy and does not count as a source', async () => {
  const original = readFileSync(join(seeds, '000_76b5fb938eb88dee.txt'), 'utf8');
  const copy = join(dir, 'wire-copy.txt');
  writeFileSync(copy, original.slice(0, Math.floor(original.length * 0.6)).replace(/ said/g, ' told reporters'));
  await addInputs(context, [copy]);
  await processPass(context, holder, { force: true });
  const [story] = await store.listStories();
  assert.equal(story?.reportCount, 6);
  assert.equal(story?.independentCount, 5);
  const version = await store.storyVersion(story!.id);
  const changes = version?.changes as VersionChanges;
  assert.equal(version?.version, 2);
  assert.deepEqual(changes.newReports, ['r6']);
  assert.deepEqual(changes.nearDuplicates, [{ id: 'r6', of: 'r1' }]);
  assert.equal(changes.isBriefRebuilt, false, 'a near copy alone does not recompute the brief');
});

test('a feed poll queues its items, refuses the private link, fetches the article with its page metadata, and then gets 304', async () => {
  await store.addFeed(`${base}/rss`, new Date(clock).toISOString());
  const polled = await pollFeeds(context);
  assert.deepEqual(polled, { feeds: 1, newItems: 2, errors: 0 });
  const pass = await processPass(context, holder, { force: true });
  assert.equal(pass.fetched, 2);
  const failed = events.find((e) => e.kind === 'fetch-failed');
  assert.match(failed?.kind === 'fetch-failed' ? failed.message : '', /10\.1\.2\.3 is a private address/);
  const fetched = (await store.getReport('r7'))!;
  assert.equal(fetched.status, 'assigned');
  assert.equal(fetched.report.title, 'Evacuation of eastern Aleppo resumes after delay – officials');
  assert.equal(fetched.report.url, 'https://worldnewsdaily.example/world/aleppo-evacuation-resumes');
  assert.equal((await store.getReport('r8'))?.status, 'failed');
  const [feed] = await store.listFeeds();
  assert.equal(feed?.etag, '"f1"');
  assert.equal(feed?.title, 'Local wire');
  clock = Date.parse(feed!.nextPollAt);
  const second = await pollFeeds(context);
  assert.deepEqual(second, { feeds: 1, newItems: 0, errors: 0 });
  assert.equal(events.at(-1)?.kind === 'feed-polled' && events.at(-1)?.kind, 'feed-polled');
});

test('a fetched page with a NUL character fails alone (plain text) or is stored without it (JSON-LD), and the pass goes on', async () => {
  // Before, PostgreSQL's "invalid byte sequence 0x00" was thrown out of the pass: the server's loop
  // restarted on the same URL every 5 s and assigned nothing more.
  const outcomes = await store.enqueueUrls([`${base}/nul/plain`, `${base}/nul/page`].map((url) => ({ url, title: null, publishedAt: null })), new Date(clock).toISOString());
  assert.deepEqual(outcomes.map((o) => o.kind), ['added', 'added']);
  const [plain, html] = outcomes.map((o) => o.id!);
  const pass = await processPass(context, holder, { force: true });
  assert.equal(pass.fetched, 2);
  const refused = (await store.getReport(plain!))!;
  assert.equal(refused.status, 'failed');
  assert.match(refused.error ?? '', /NUL byte/);
  const stored = (await store.getReport(html!))!;
  assert.equal(stored.status, 'assigned');
  assert.equal(stored.report.title, 'Relief flights land');
  assert.equal(stored.report.source, 'Wire');
});

/** The stream's store with one method replaced, as a bug or a refusal of the store would behave. */
function storeWith<K extends keyof Store>(name: K, replace: (original: Store[K]) => Store[K]): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      const bound = typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      return property === name ? replace(bound as Store[K]) : bound;
    },
  });
}

test('a page that redirects to a file: address fails at once, without retries', async () => {
  const [outcome] = await store.enqueueUrls([{ url: `${base}/to-file`, title: null, publishedAt: null }], new Date(clock).toISOString());
  const from = events.length;
  await fetchQueued(context);
  const failed = events.slice(from).find((e) => e.kind === 'fetch-failed');
  assert.ok(failed?.kind === 'fetch-failed');
  assert.equal(failed.willRetry, false);
  assert.match(failed.message, /^Cannot fetch file:\/\/\/etc\/passwd \(redirected from http:\/\/localhost:\d+\/to-file\): expected http or https, got file:/);
  assert.equal((await store.getReport(outcome!.id!))?.status, 'failed');
});

test('an unexpected error on one page, one feed or one story fails that item alone, and the pass goes on', async () => {
  // Thrown out of the pass, each stopped the server's loop for good: it restarted on the same item every 5 s.
  const [bad, good] = (await store.enqueueUrls([`${base}/plain/bad`, `${base}/plain/good`].map((url) => ({ url, title: null, publishedAt: null })), new Date(clock).toISOString())).map((o) => o.id!);
  const failingFetch = storeWith('completeFetch', (original) => async (id, ...rest) => {
    if (id === bad) throw new Error('column "text" violates something unforeseen');
    return original(id, ...rest);
  });
  assert.equal(await fetchQueued({ ...context, store: failingFetch }), 2);
  const failed = (await store.getReport(bad!))!;
  assert.match(failed.error ?? '', /internal error \(column "text" violates something unforeseen\)/);
  assert.equal((await store.getReport(good!))?.status, 'pending');

  const feedUrl = `${base}/rss-fresh`;
  await store.addFeed(feedUrl, new Date(clock).toISOString());
  const failingEnqueue = storeWith('enqueueUrls', (original) => async (items, ...rest) => {
    if (items.length > 0) throw new Error('unforeseen refusal');
    return original(items, ...rest);
  });
  const polled = await pollFeeds({ ...context, store: failingEnqueue }, { all: true });
  assert.equal(polled.errors, 1);
  const feed = (await store.listFeeds()).find((f) => f.url === feedUrl)!;
  assert.match(feed.lastError ?? '', /internal error \(unforeseen refusal\)/);
  assert.equal(feed.errorCount, 1);

  // The good page is assigned, which makes its story's brief due; building it throws.
  const failingBrief: StreamContext = { ...context, buildBrief: async () => { throw new TypeError("Cannot read properties of undefined (reading 'text')"); } };
  const pass = await processPass(failingBrief, holder, { force: true });
  assert.equal(pass.assigned, 1);
  assert.ok(pass.briefs >= 1);
  const briefFailed = events.filter((e) => e.kind === 'brief-failed').at(-1);
  assert.match(briefFailed?.kind === 'brief-failed' ? briefFailed.message : '', /internal error \(Cannot read properties/);
  const story = (await store.listStories()).find((s) => briefFailed?.kind === 'brief-failed' && s.id === briefFailed.storyId);
  assert.ok(story !== undefined, 'the failed story is a stored one');
  assert.equal((await store.dirtyStories()).some((s) => s.id === story.id), false, 'marked built, so it is not retried in a hot loop');
});
