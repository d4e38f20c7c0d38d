import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { repoRoot } from '../../../test/html-fixture-case.js';
import { openPgliteStore, openPostgresStore, type PostgresStore } from '../../store/index.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from '../../../test/test-postgres.js';
import { assignLockHolder, produce, progress, singleProcessRun, spawnWorker, stopWorker, storyPartition, waitSettled, type Partition, type StreamDoc, type WorkerProcess } from '../../../test/worker-harness.js';

const root = repoRoot();
const docs: StreamDoc[] = readFileSync(join(root, 'test', 'fixtures', 'jobs-multinews-stream', 'reports.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as StreamDoc);
/** Small batches so 120 reports cross a dozen batch boundaries, and a kill lands inside one. */
const BATCH = 10;
/** Workers build a brief as soon as its story is stale, so a run settles without waiting out the quiet time. */
const WORKER_ARGS = ['--quiet-ms', '0', '--assign-batch', String(BATCH)];
const SETTLE_MS = 120_000;

const skip = postgresSkipReason();
let server: TestPostgres | null = null;
let reference: Partition;
const work = mkdtempSync(join(tmpdir(), 'newsbrief-workers-'));
const workers: WorkerProcess[] = [];
const opened: PostgresStore[] = [];

before(async () => {
  if (skip !== false) return;
  server = await startTestPostgres({ needsControl: true });
  // The single-process run, on the embedded store.
  const embedded = await openPgliteStore(work, { inMemory: true });
  try {
    await singleProcessRun(embedded, docs, BATCH);
    reference = await storyPartition(embedded);
  } finally {
    await embedded.close();
  }
});

after(async () => {
  for (const w of workers) if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGKILL');
  for (const o of opened) await o.store.close().catch(() => undefined);
  await server?.destroy();
  rmSync(work, { recursive: true, force: true });
});

async function database(name: string): Promise<PostgresStore & { readonly url: string }> {
  const url = await server!.createDatabase(name);
  const o = await openPostgresStore(url, { onError: () => undefined });
  opened.push(o);
  return { ...o, url };
}

function start(url: string, count: number): WorkerProcess[] {
  const started = Array.from({ length: count }, () => spawnWorker(root, url, WORKER_ARGS));
  workers.push(...started);
  return started;
}

function assertSameStories(actual: Partition): void {
  assert.ok(reference.stories.length > 20 && reference.stories.length < docs.length, `the fixture makes several multi-report stories (${reference.stories.length})`);
  assert.deepEqual(actual.stories, reference.stories, 'the same story partition as the single-process run');
  assert.deepEqual(actual.nearCopies, reference.nearCopies, 'the same near copies');
  assert.deepEqual(actual.unbuilt, [], 'every story has a brief of all its reports');
}

test('three workers ingesting a stream, the one holding the assignment lock SIGKILLed mid-batch: nothing lost, the same stories as one process', { skip, timeout: 240_000 }, async (t) => {
  const { store, client, url } = await database('kill');
  const t0 = Date.now();
  const pool = start(url, 3);
  const producing = produce(store, docs, { batch: 10, pauseMs: 200 });
  // Kill whichever worker holds the assignment lock once a few batches are in: its transaction is mid-flight.
  let killed: number | null = null;
  const deadline = Date.now() + 60_000;
  while (killed === null && Date.now() < deadline) {
    const holder = await assignLockHolder(client);
    if (holder !== null && (await progress(store)).assigned >= 3 * BATCH) {
      process.kill(holder, 'SIGKILL');
      killed = holder;
    } else await delay(5);
  }
  assert.ok(killed !== null, 'a worker was caught holding the assignment lock');
  t.diagnostic(`killed worker ${killed} at ${Date.now() - t0} ms with ${(await progress(store)).assigned} reports assigned`);
  const victim = pool.find((w) => w.pid === killed);
  assert.equal((await victim!.exited).signal, 'SIGKILL');
  await producing;
  // Six fixture documents repeat another's text: stored once, so 114 reports are assigned in both runs.
  const settled = await waitSettled(store, reference.stories.flat().length, SETTLE_MS);
  assert.equal(settled.assigned, reference.stories.flat().length);
  t.diagnostic(`settled at ${Date.now() - t0} ms`);
  assertSameStories(await storyPartition(store));
  for (const w of pool.filter((p) => p !== victim)) assert.equal((await stopWorker(w)).code, 0, w.stderr());
});

test('PostgreSQL restarted while two workers run: they recover by themselves and the stories are the same', { skip, timeout: 240_000 }, async (t) => {
  assert.ok(server!.isOwned, 'this test restarts its own server: it needs initdb and pg_ctl');
  const { store, url } = await database('restart');
  const pool = start(url, 2);
  await produce(store, docs.slice(0, 80), { batch: 10, pauseMs: 100 });
  while ((await progress(store)).assigned < 2 * BATCH) await delay(20);
  await server!.stop();
  await delay(3_000);
  await server!.start();
  const restarted = Date.now();
  // The stream goes on after the restart; nobody touches the workers.
  await produce(store, docs.slice(80), { batch: 10, pauseMs: 100 });
  await waitSettled(store, reference.stories.flat().length, SETTLE_MS);
  t.diagnostic(`settled ${Date.now() - restarted} ms after the server came back`);
  assertSameStories(await storyPartition(store));
  for (const w of pool) {
    assert.equal(w.proc.exitCode, null, `worker ${w.pid} survived the restart: ${w.stderr()}`);
    assert.equal((await stopWorker(w)).code, 0, w.stderr());
  }
});
