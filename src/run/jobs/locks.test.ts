import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import PgBoss from 'pg-boss';
import { repoRoot } from '../../../test/html-fixture-case.js';
import { createHostGate } from '../../ingest/feed/index.js';
import { createFetcher } from '../../ingest/fetch/index.js';
import type { StreamContext } from '../../stream/index.js';
import { openPostgresStore, type PostgresStore, type Store, STORY_LOCK_SPACE } from '../../store/index.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from '../../../test/test-postgres.js';
import { assignBatchLocked, type AssignerCache } from './assign-locked.js';
import { ensureQueues, QUEUE } from './queues.js';
import { rebuildStoryLocked } from './rebuild-locked.js';
import { sweep } from './sweep.js';
import { produce, singleProcessRun, storyPartition, type StreamDoc } from '../../../test/worker-harness.js';

const docs: StreamDoc[] = readFileSync(join(repoRoot(), 'test', 'fixtures', 'jobs-multinews-stream', 'reports.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 40)
  .map((line) => JSON.parse(line) as StreamDoc);

const skip = postgresSkipReason();
let server: TestPostgres | null = null;
const opened: PostgresStore[] = [];
const fetcher = createFetcher();

before(async () => {
  if (skip === false) server = await startTestPostgres();
});
after(async () => {
  for (const o of opened) await o.store.close();
  await fetcher.close();
  await server?.destroy();
});

async function open(url: string): Promise<PostgresStore> {
  const o = await openPostgresStore(url);
  opened.push(o);
  return o;
}

const contextOf = (store: Store): StreamContext => ({ store, fetcher, hostGate: createHostGate({ now: () => Date.now(), sleep: async () => undefined }), now: () => new Date(), sleep: async () => undefined });

test('two workers assigning at once take turns under the advisory lock: each report once, the same stories as one process', { skip, timeout: 120_000 }, async () => {
  const url = await server!.createDatabase('assign_race');
  const [a, b] = [await open(url), await open(url)];
  await produce(a.store, docs);
  const caches: AssignerCache[] = [
    { assigner: null, xmin: null },
    { assigner: null, xmin: null },
  ];
  const drain = async (o: PostgresStore, cache: AssignerCache): Promise<number> => {
    let total = 0;
    for (;;) {
      const { assigned } = await assignBatchLocked(o.client, contextOf(o.store), cache, 5);
      if (assigned === 0) return total;
      total += assigned;
    }
  };
  const [byA, byB] = await Promise.all([drain(a, caches[0]!), drain(b, caches[1]!)]);
  const counts = await a.store.counts();
  assert.equal(byA + byB, counts.assigned, 'every assignment counted once');
  assert.equal(counts.pending, 0);
  assert.ok(byA > 0 && byB > 0, `both workers assigned batches (${byA} and ${byB})`);

  const single = await open(await server!.createDatabase('assign_single'));
  await singleProcessRun(single.store, docs, 5);
  assert.deepEqual((await storyPartition(a.store)).stories, (await storyPartition(single.store)).stories);
});

test('a brief another worker is building is left alone (busy), then built once the lock is free', { skip, timeout: 60_000 }, async () => {
  const url = await server!.createDatabase('rebuild_lock');
  const o = await open(url);
  await produce(o.store, docs.slice(0, 6));
  await assignBatchLocked(o.client, contextOf(o.store), { assigner: null, xmin: null });
  const [story] = await o.store.dirtyStories();
  assert.ok(story !== undefined);
  const holder = await open(url);
  let outcome: string | null = null;
  await holder.client.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [STORY_LOCK_SPACE, story.id]);
    outcome = await rebuildStoryLocked(o.client, contextOf(o.store), story.id, { force: true });
  });
  assert.equal(outcome, 'busy');
  assert.equal(await o.store.storyVersion(story.id), null, 'nothing built while the lock was held');
  assert.equal(await rebuildStoryLocked(o.client, contextOf(o.store), story.id, { force: true }), 'rebuilt');
  assert.equal((await o.store.storyVersion(story.id))?.version, 1);
  assert.equal(await rebuildStoryLocked(o.client, contextOf(o.store), story.id, { force: true }), 'not-due', 'a built story is not built again');
});

test('the sweep turns pending reports and stale stories into jobs, once however often it runs', { skip, timeout: 60_000 }, async () => {
  const url = await server!.createDatabase('sweep');
  const o = await open(url);
  await produce(o.store, docs.slice(0, 12));
  await assignBatchLocked(o.client, contextOf(o.store), { assigner: null, xmin: null }, 8);
  const stale = (await o.store.dirtyStories()).length;
  const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
  await boss.start();
  try {
    await ensureQueues(boss);
    const first = await sweep(o.store, boss, new Date(), { quietMs: 0 });
    await sweep(o.store, boss, new Date(), { quietMs: 0 });
    assert.deepEqual(first, { feeds: 0, fetches: 0, assign: true, stories: stale });
    assert.equal(await boss.getQueueSize(QUEUE.assign), 1, 'one assignment job for the 4 pending reports, after two sweeps');
    assert.equal(await boss.getQueueSize(QUEUE.rebuildBrief), stale, 'one rebuild job per stale story');
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
});
