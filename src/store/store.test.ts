import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { reportFromText } from '../ingest/index.js';
import { isNewsbriefError } from '../errors.js';
import { textHash, urlKey } from './dedupe-keys.js';
import { openPgliteStore } from './pglite/open-pglite-store.js';
import { openPostgresStore } from './postgres/open-postgres-store.js';
import { MIGRATIONS } from './migrations.js';
import { runMigrations, splitStatements } from './run-migrations.js';
import type { SqlClient } from './sql-client.js';
import type { Store } from './store.js';

const T0 = '2016-12-15T10:00:00.000Z';
const T1 = '2016-12-15T10:05:00.000Z';
const dirs: string[] = [];
let store: Store;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-store-'));
  dirs.push(dir);
  return dir;
}

const text = (s: string, extra: object = {}) => reportFromText({ id: 'x', text: s, ...extra });

before(async () => {
  // Set by src/store/postgres/postgres-store.test.ts to run these same tests against PostgreSQL.
  const url = process.env.NEWSBRIEF_STORE_TEST_URL;
  // Set by src/store/pglite/worker-sql-client.test.ts to run them against PGlite on a worker thread.
  const inWorker = process.env.NEWSBRIEF_STORE_TEST_WORKER === '1';
  store = url === undefined ? await openPgliteStore(tempDir(), { inMemory: true, inWorker }) : (await openPostgresStore(url)).store;
});

after(async () => {
  await store.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('url keys ignore tracking parameters, fragments, www and trailing slashes; text hashes ignore whitespace runs', () => {
  assert.equal(urlKey('https://www.Example.com/world/aleppo/?utm_source=rss&b=2&a=1#top'), urlKey('http://example.com/world/aleppo?a=1&b=2'));
  assert.notEqual(urlKey('https://example.com/a?id=1'), urlKey('https://example.com/a?id=2'));
  assert.equal(urlKey('mailto:desk@example.com'), null);
  assert.equal(textHash('Aleppo  evacuation\nresumes. '), textHash('Aleppo evacuation resumes.'));
});

test('migration files split into single statements', () => {
  assert.deepEqual(splitStatements('create table a (x int); -- note; here\ncreate index b on a (x);\n'), ['create table a (x int)', 'create index b on a (x)']);
});

test('a report is stored once: the same text or the same address gives the first report id', async () => {
  const first = await store.addReport(text('Buses left eastern Aleppo on Thursday.', { url: 'https://news.example/a?utm_medium=rss' }), T0);
  assert.equal(first.kind, 'added');
  const sameText = await store.addReport(text('Buses left   eastern Aleppo on Thursday.'), T0);
  assert.deepEqual(sameText, { kind: 'duplicate', id: null, duplicateOf: first.kind === 'added' ? first.id : '' });
  const sameUrl = await store.addReport(text('A different text at the same address.', { url: 'https://news.example/a' }), T0);
  assert.equal(sameUrl.kind, 'duplicate');
  const [pending] = await store.pendingReports(10);
  assert.equal(pending?.report.text, 'Buses left eastern Aleppo on Thursday.');
  assert.equal(pending?.status, 'pending');
  assert.equal(pending?.addedAt, T0);
});

test('queued URLs are fetched once: a canonical URL or text already stored makes the fetched row a duplicate', async () => {
  const [a, b, again] = await store.enqueueUrls([{ url: 'https://wire.example/1' }, { url: 'https://wire.example/2', title: 'Feed title' }, { url: 'https://wire.example/1#comments' }], T0);
  assert.equal(a?.kind, 'added');
  assert.equal(again?.kind, 'duplicate');
  const due = await store.dueFetches(T0, 10);
  assert.deepEqual(due.map((r) => r.fetchUrl), ['https://wire.example/1', 'https://wire.example/2']);
  assert.equal(due[1]?.report.title, 'Feed title');
  const done = await store.completeFetch(due[0]!.id, text('Monitors will watch the evacuation.', { url: 'https://wire.example/story/monitors' }), T1);
  assert.equal(done.kind, 'added');
  const copy = await store.completeFetch(due[1]!.id, text('Other words.', { url: 'https://wire.example/story/monitors/' }), T1);
  assert.deepEqual(copy, { kind: 'duplicate', id: due[1]!.id, duplicateOf: due[0]!.id });
  assert.equal((await store.counts()).duplicate, 1);
});

test('a failed fetch is retried when due and given up when no retry time is set', async () => {
  const [queued] = await store.enqueueUrls([{ url: 'https://flaky.example/x' }], T0);
  assert.ok(queued?.kind === 'added');
  await store.failFetch(queued.id, 'HTTP 503', T1);
  assert.equal((await store.dueFetches(T0, 10)).some((r) => r.id === queued.id), false);
  const retry = (await store.dueFetches(T1, 10)).find((r) => r.id === queued.id);
  assert.equal(retry?.attempts, 1);
  assert.equal(retry?.error, 'HTTP 503');
  await store.failFetch(queued.id, 'HTTP 404', null);
  assert.equal((await store.getReport(queued.id))?.status, 'failed');
});

test('a batch of assignments saves the reports, the stories and one assigner state together, and never assigns a report twice', async () => {
  const [first, second] = await store.pendingReports(2);
  assert.ok(first !== undefined && second !== undefined);
  await store.recordAssignments(
    [
      { reportId: first.id, storyId: 's-1', isNewStory: true, similarity: 0, nearDuplicateOf: null, now: T0 },
      { reportId: second.id, storyId: 's-1', isNewStory: false, similarity: 0.5, nearDuplicateOf: first.id, now: T0 },
    ],
    { n: 2 },
    T0,
  );
  const third = await store.addReport(text('Talks on a ceasefire resumed in Geneva.'), T1);
  assert.ok(third.kind === 'added');
  await assert.rejects(
    store.recordAssignments(
      [
        { reportId: third.id, storyId: 's-9', isNewStory: true, similarity: 0, nearDuplicateOf: null, now: T1 },
        { reportId: first.id, storyId: 's-9', isNewStory: false, similarity: 0.4, nearDuplicateOf: null, now: T1 },
      ],
      { n: 4 },
      T1,
    ),
    (error) => isNewsbriefError(error) && /expected it pending/.test(error.message),
  );
  assert.deepEqual(await store.loadAssignerState(), { n: 2 }, 'the refused batch left the snapshot alone');
  assert.equal(await store.getStory('s-9'), null);
  assert.equal((await store.getReport(third.id))?.status, 'pending', 'the refused batch assigned none of its reports');
  const story = await store.getStory('s-1');
  assert.equal(story?.reportCount, 2);
  assert.equal(story?.independentCount, 1);
  assert.equal(story?.revision, 2);
  assert.equal(story?.dirtySince, T0);
  assert.deepEqual((await store.storyReports('s-1')).map((r) => r.nearDuplicateOf), [null, first.id]);
  assert.deepEqual((await store.dirtyStories()).map((s) => s.id), ['s-1']);
});

test('story versions number from 1; a story is clean once built at its revision and listed by newest activity', async () => {
  const v1 = await store.saveStoryVersion({ storyId: 's-1', revision: 1, reportIds: ['r1'], brief: { summary: [] }, changes: { newReports: ['r1'] }, now: T1 });
  assert.equal(v1.version, 1);
  assert.equal((await store.getStory('s-1'))?.dirtySince, T1, 'revision 2 arrived after the build began');
  await store.saveStoryVersion({ storyId: 's-1', revision: 2, reportIds: ['r1', 'r2'], brief: { summary: ['x'] }, changes: {}, now: T1 });
  assert.deepEqual(await store.dirtyStories(), []);
  assert.equal((await store.storyVersion('s-1'))?.version, 2);
  assert.deepEqual((await store.storyVersion('s-1', 1))?.reportIds, ['r1']);
  const [other] = await store.enqueueUrls([], T1);
  assert.equal(other, undefined);
  const late = await store.addReport(text('A later, unrelated report about a storm.'), T1);
  assert.ok(late.kind === 'added');
  await store.recordAssignments([{ reportId: late.id, storyId: 's-2', isNewStory: true, similarity: 0, nearDuplicateOf: null, now: '2016-12-16T00:00:00.000Z' }], {}, '2016-12-16T00:00:00.000Z');
  assert.deepEqual((await store.listStories()).map((s) => s.id), ['s-2', 's-1']);
});

test('feeds: subscribe once, due at once, poll state saved with the queued items in one call', async () => {
  assert.equal(await store.addFeed('https://feeds.example/rss', T0), true);
  assert.equal(await store.addFeed('https://feeds.example/rss', T0), false);
  assert.deepEqual((await store.dueFeeds(T0)).map((f) => f.url), ['https://feeds.example/rss']);
  const poll = { url: 'https://feeds.example/rss', title: 'Feeds', etag: '"e1"', lastModified: null, polledAt: T0, nextPollAt: T1, errorCount: 0, lastError: null, lastStatus: 200 };
  const outcomes = await store.enqueueUrls([{ url: 'https://feeds.example/item-1' }], T0, { feedUrl: 'https://feeds.example/rss', poll });
  assert.equal(outcomes[0]?.kind, 'added');
  assert.deepEqual(await store.dueFeeds(T0), []);
  const [feed] = await store.listFeeds();
  assert.equal(feed?.etag, '"e1"');
  assert.equal(feed?.nextPollAt, T1);
  assert.equal((await store.dueFetches(T0, 10)).at(-1)?.feedUrl, 'https://feeds.example/rss');
  assert.equal(await store.removeFeed('https://feeds.example/rss'), true);
  assert.equal(await store.removeFeed('https://feeds.example/rss'), false);
});

test('a data directory on disk keeps its rows and schema version across reopenings, and takes one process at a time', async () => {
  const dir = tempDir();
  const first = await openPgliteStore(dir);
  await first.addReport(text('Kept across a reopening.'), T0);
  await assert.rejects(openPgliteStore(dir), /is in use by process/);
  await first.close();
  const again = await openPgliteStore(dir);
  try {
    assert.equal((await again.pendingReports(5))[0]?.report.text, 'Kept across a reopening.');
  } finally {
    await again.close();
  }
});

test('a database from a newer newsbrief is refused rather than migrated backwards', async () => {
  const statements: string[] = [];
  const fake: SqlClient = {
    query: async (sql) => (statements.push(sql), { rows: sql.startsWith('select') ? [{ version: 1 }, { version: 7 }] : [] }),
    exec: async () => undefined,
    transaction: async (fn) => fn(fake),
    close: async () => undefined,
  };
  const newest = Math.max(...MIGRATIONS.map((m) => m.version));
  await assert.rejects(runMigrations(fake), new RegExp(`schema version 7: expected at most ${newest}`));
});

test('text reports added at once share inserts: ids follow the calls, and a repeated text (in the same insert or stored) is a duplicate of the first', async () => {
  const stored = await store.addReport(text('Stored before the burst of reports.'), T0);
  assert.equal(stored.kind, 'added');
  const burst = ['Burst report one.', 'Burst report two.', 'Burst report  two.', 'Stored before the burst of reports.', 'Burst report one.', 'Burst report three.'];
  const outcomes = await Promise.all(burst.map((s) => store.addReport(text(s), T0)));
  if (process.env.NEWSBRIEF_STORE_TEST_URL !== undefined) {
    // PostgreSQL with a pool runs the adds at once (PGlite one after another, in call order), so which copy
    // of a text wins is not defined; what is: no error, each text stored once, its copies naming it.
    const winner = new Map(outcomes.flatMap((o, i) => (o.kind === 'added' ? [[burst[i]!.replace(/\s+/g, ' '), o.id] as const] : [])));
    assert.deepEqual([...winner.keys()].sort(), ['Burst report one.', 'Burst report three.', 'Burst report two.']);
    outcomes.forEach((o, i) => {
      if (o.kind === 'duplicate') assert.equal(o.duplicateOf, winner.get(burst[i]!.replace(/\s+/g, ' ')) ?? (stored.kind === 'added' ? stored.id : ''), burst[i]);
    });
    return;
  }
  const id = (i: number): string => (outcomes[i]!.kind === 'added' ? outcomes[i]!.id : '?');
  assert.deepEqual(
    outcomes.map((o) => o.kind),
    ['added', 'added', 'duplicate', 'duplicate', 'duplicate', 'added'],
  );
  assert.deepEqual(outcomes[2], { kind: 'duplicate', id: null, duplicateOf: id(1) });
  assert.deepEqual(outcomes[3], { kind: 'duplicate', id: null, duplicateOf: stored.kind === 'added' ? stored.id : '' });
  assert.deepEqual(outcomes[4], { kind: 'duplicate', id: null, duplicateOf: id(0) });
  const seq = (s: string): number => Number(s.slice(1));
  assert.ok(seq(id(0)) < seq(id(1)) && seq(id(1)) < seq(id(5)), `ids in call order: ${id(0)} ${id(1)} ${id(5)}`);
  const pending = (await store.pendingReports(100)).map((r) => r.report.text);
  for (const s of ['Burst report one.', 'Burst report two.', 'Burst report three.']) assert.equal(pending.filter((t) => t === s).length, 1, s);
});

test("a story's headline: a new report's title replaces it, a cut of an untitled report's text only fills a missing one, a brief's headline replaces a cut", async () => {
  const now = '2016-12-17T00:00:00.000Z';
  const add = async (s: string): Promise<string> => {
    const added = await store.addReport(text(s), now);
    assert.ok(added.kind === 'added');
    return added.id;
  };
  const [a, b, c] = [await add('Buses left eastern Aleppo at dawn.'), await add('The convoy reached Idlib by noon.'), await add('Evacuations resumed in the evening.')];
  const lead = (report: string, t: string) => ({ text: t, kind: 'lead' as const, report, start: 0, end: t.length });
  const assign = (reportId: string, headline: object) =>
    store.recordAssignments([{ reportId, storyId: 'h-1', isNewStory: reportId === a, similarity: 0, nearDuplicateOf: null, now, headline: headline as never }], null, now);
  await assign(a, lead(a, 'Buses left eastern Aleppo at dawn'));
  await assign(b, lead(b, 'The convoy reached Idlib by noon'));
  assert.equal((await store.getStory('h-1'))?.headline?.text, 'Buses left eastern Aleppo at dawn');
  await assign(c, { text: 'Evacuations resume', kind: 'title', report: c, start: null, end: null });
  assert.deepEqual((await store.getStory('h-1'))?.headline, { text: 'Evacuations resume', kind: 'title', report: c, start: null, end: null });
  await store.saveStoryVersion({ storyId: 'h-1', revision: 3, reportIds: [a, b, c], brief: { summary: [] }, changes: {}, now, headline: lead(b, 'The convoy reached Idlib') });
  assert.equal((await store.getStory('h-1'))?.headline?.text, 'The convoy reached Idlib');
});

test('search matches every word in headlines, entity names and aliases or summaries, a headline match first, words also as beginnings', async () => {
  const now = '2016-12-18T00:00:00.000Z';
  const story = async (id: string, s: string, headline: string, brief: object): Promise<void> => {
    const added = await store.addReport(text(s), now);
    assert.ok(added.kind === 'added');
    await store.recordAssignments([{ reportId: added.id, storyId: id, isNewStory: true, similarity: 0, nearDuplicateOf: null, now, headline: { text: headline, kind: 'title', report: added.id, start: null, end: null } }], null, now);
    await store.saveStoryVersion({ storyId: id, revision: 1, reportIds: [added.id], brief, changes: {}, now });
  };
  await story('q-1', 'Turkey says the ceasefire in Aleppo holds.', 'Turkey says Aleppo ceasefire holds', { summary: [{ text: 'Turkey says the ceasefire in Aleppo holds.', sources: [] }], entities: [] });
  await story('q-2', 'Ambulances crossed into Idlib with the wounded.', 'Ambulances cross into Idlib', {
    summary: [{ text: 'Ambulances of the Turkish Red Crescent crossed the border into Idlib with the wounded from Aleppo.', sources: [] }],
    entities: [{ name: 'Turkish Red Crescent', type: 'organization', aliases: ['Kizilay'], mentions: 1, reports: 1, refs: [] }],
  });
  const ids = async (q: string): Promise<string[]> => (await store.searchStories(q)).map((s) => s.id);
  assert.deepEqual(await ids('Aleppo'), ['q-1', 'q-2'], 'in the headline before in the summary');
  assert.deepEqual(await ids('kizilay'), ['q-2'], 'an alias');
  assert.deepEqual(await ids('crescent ambulances'), ['q-2'], 'entity and headline words together');
  assert.deepEqual(await ids('Alepp ceasef'), ['q-1'], 'word beginnings');
  assert.deepEqual(await ids('Aleppo Moscow'), [], 'every word must match');
  assert.deepEqual(await ids("Assad's (troops)"), [], 'punctuation is no syntax');
  assert.ok((await ids('!!')).length >= 2, 'no word: every story');
});
