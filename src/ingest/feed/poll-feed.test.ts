import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { repoRoot } from '../../../test/html-fixture-case.js';
import { isNewsbriefError } from '../../errors.js';
import { createFetcher } from '../fetch/index.js';
import { parseFeed } from './parse-feed.js';
import { pollFeed } from './poll-feed.js';

const rss = readFileSync(join(repoRoot(), 'test', 'fixtures', 'feed-rss-news-cdata', 'input.xml'));
const ETAG = '"v1"';
const LAST_MODIFIED = 'Thu, 15 Dec 2016 10:05:12 GMT';
const seen: IncomingHttpHeaders[] = [];
let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/rss') {
      if (req.headers['if-none-match'] === ETAG) {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG, 'last-modified': LAST_MODIFIED });
      res.end(rss);
    } else if (req.url === '/busy') {
      res.writeHead(503, { 'retry-after': '600' });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>moved</body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

const now = new Date('2016-12-15T10:10:00Z');

test('a first poll reads the items and keeps the validators; the next one sends them and gets 304', async () => {
  const fetcher = createFetcher({ allowPrivate: true, timeoutMs: 2_000 });
  try {
    const first = await pollFeed({ url: `${base}/rss`, etag: null, lastModified: null }, fetcher, now);
    assert.equal(first.kind, 'updated');
    if (first.kind !== 'updated') return;
    assert.equal(first.items.length, 2);
    assert.equal(first.etag, ETAG);
    assert.equal(first.lastModified, LAST_MODIFIED);
    const second = await pollFeed({ url: `${base}/rss`, etag: first.etag, lastModified: first.lastModified }, fetcher, now);
    assert.equal(second.kind, 'not-modified');
    const last = seen.at(-1)!;
    assert.equal(last['if-none-match'], ETAG);
    assert.equal(last['if-modified-since'], LAST_MODIFIED);
  } finally {
    await fetcher.close();
  }
});

test('server errors, refusals and non-feeds come back as error results with Retry-After, not throws', async () => {
  const fetcher = createFetcher({ allowPrivate: true, timeoutMs: 2_000 });
  const strict = createFetcher({ timeoutMs: 2_000 });
  try {
    const busy = await pollFeed({ url: `${base}/busy`, etag: null, lastModified: null }, fetcher, now);
    assert.deepEqual(busy, { kind: 'error', status: 503, message: `Cannot read feed ${base}/busy: HTTP 503`, retryAfterMs: 600_000 });
    const html = await pollFeed({ url: `${base}/page`, etag: null, lastModified: null }, fetcher, now);
    assert.equal(html.kind, 'error');
    if (html.kind === 'error') assert.match(html.message, /expected RSS, Atom or JSON Feed, got text\/html/);
    const refused = await pollFeed({ url: `${base}/rss`, etag: null, lastModified: null }, strict, now);
    assert.equal(refused.kind, 'error');
    if (refused.kind === 'error') assert.match(refused.message, /loopback address/);
  } finally {
    await fetcher.close();
    await strict.close();
  }
});

test('parseFeed never throws anything but a NewsbriefError, whatever the text', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.constantFrom('<rss><channel><item><link>/a</link></item></channel></rss>', '{"version":"https://jsonfeed.org/version/1","items":[{"url":7}]}', '{}', '<feed')), (text) => {
      try {
        const feed = parseFeed(text, 'https://feeds.example/x');
        for (const item of feed.items) assert.match(item.url, /^https?:\/\//);
      } catch (error) {
        assert.ok(isNewsbriefError(error), String(error));
      }
    }),
    { numRuns: 300 },
  );
});

test('a JSON Feed with a title that is not a string, or items that are not objects, is a feed error, not a crash of the poll', () => {
  const feed = (fields: Record<string, unknown>): string => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [], ...fields });
  // A number for a title was a ZodError, a null item a TypeError: thrown past pollFeed, each stopped the server's stream loop.
  const titled = parseFeed(feed({ title: 5, items: [{ id: '1', url: 'https://news.example/a', title: 'A' }] }), 'https://feeds.example/x', 'application/feed+json');
  assert.equal(titled.title, null);
  assert.deepEqual(titled.items.map((i) => i.url), ['https://news.example/a']);
  assert.throws(
    () => parseFeed(feed({ items: [null] }), 'https://feeds.example/x', 'application/feed+json'),
    (error: unknown) => isNewsbriefError(error) && error.code === 'BAD_INPUT' && /malformed items/.test(error.message),
  );
});

test('NUL characters, which the store cannot hold, are dropped from a feed\'s title and its items', () => {
  const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'World\u0000 news', items: [{ id: 'a\u0000b', url: 'https://news.example/a', title: 'Con\u0000voys arrive', date_published: '2016-12-15T10:00:00Z' }] });
  const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>World\u0000 news</title><item><title>Con\u0000voys arrive</title><link>https://news.example/a</link><guid>a\u0000b</guid></item></channel></rss>';
  for (const [text, type] of [[json, 'application/feed+json'], [xml, 'application/rss+xml']] as const) {
    const parsed = parseFeed(text, 'https://feeds.example/x', type);
    assert.equal(parsed.title, 'World news', type);
    assert.equal(parsed.items[0]?.title, 'Convoys arrive', type);
    assert.ok(!JSON.stringify(parsed).includes('\\u0000'), type);
  }
});

test('an unexpected error while reading one feed is that feed\'s error result, not a throw that ends the poll of the rest', async () => {
  const buggy = { fetch: async () => { throw new RangeError('Invalid array length'); }, close: async () => undefined };
  const result = await pollFeed({ url: 'https://feeds.example/x', etag: null, lastModified: null }, buggy, new Date());
  assert.equal(result.kind, 'error');
  assert.match(result.kind === 'error' ? result.message : '', /feeds\.example\/x: internal error \(Invalid array length\)/);
});
