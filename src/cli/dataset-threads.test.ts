import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromClonedError, NewsbriefError, toClonedError } from '../errors.js';
import { parseDataset, type Cluster } from '../ingest/index.js';
import { FIXTURES_DIR } from '../../test/repo-root.js';
import { summarizeCluster } from './dataset-cluster.js';
import { defaultJobs, MIN_CHARS_PER_THREAD } from './dataset-run.js';
import { summarizeOnThreads } from './dataset-threads.js';

const INPUT = join(FIXTURES_DIR, 'entities-duc2004', 'input.jsonl');
const clusters = (): Cluster[] => parseDataset(readFileSync(INPUT, 'utf8'), INPUT);

/** A line the schema would refuse, given straight to the summarizer: its reading throws a TypeError. */
const unreadable = (id: string, text: unknown): Cluster => ({ id, documents: [text] }) as unknown as Cluster;

test('on three threads every cluster is summarized once, in dataset order, as on one', async () => {
  // Twenty copies of nine real clusters: far more than this thread, cold, does before a worker has loaded the summarizer.
  const nine = clusters();
  const dataset = Array.from({ length: 20 }, () => nine).flat();
  const perThread = [0, 0, 0];
  const shared = await summarizeOnThreads(dataset, 60, false, 3, (thread) => (perThread[thread]! += 1));
  assert.equal(perThread[0]! + perThread[1]! + perThread[2]!, dataset.length);
  assert.ok(perThread[1]! + perThread[2]! > 0, `the workers took none: ${perThread.join(', ')}`);
  const alone: unknown[] = [];
  for (const cluster of nine) alone.push(await summarizeCluster(cluster, 60, false));
  assert.deepEqual(shared, dataset.map((_, at) => alone[at % nine.length]));
});

test('the run fails with the error of the first failing cluster in dataset order, wherever it ran', async () => {
  const dataset = clusters();
  // Late in the file, so that by then a worker is taking clusters too and either thread may meet the first failure.
  const before = Array.from({ length: 7 }, () => dataset).flat();
  const failing = [...before, unreadable('bad-number', 42), ...dataset, unreadable('bad-null', null)];
  const oneThread = await summarizeCluster(failing[before.length]!, 60, false).then(
    () => assert.fail('a number has no text to read'),
    (error: unknown) => error as Error,
  );
  for (let round = 0; round < 3; round += 1) {
    await assert.rejects(summarizeOnThreads(failing, 60, false, 2, () => {}), (error: Error) => error.message === oneThread.message);
  }
  // The last cluster falls to whichever thread is free first: its message is the run's either way.
  await assert.rejects(summarizeOnThreads([...dataset, unreadable('bad-null', null)], 60, false, 2, () => {}), /Cannot read properties of null/);
});

test('a NewsbriefError keeps its class, code and message across a thread', () => {
  const crossed = fromClonedError(structuredClone(toClonedError(new NewsbriefError('SOLVER', 'The sentence-selection solver failed: out of time', { path: 'a.jsonl' }))));
  assert.ok(crossed instanceof NewsbriefError);
  assert.equal(crossed.code, 'SOLVER');
  assert.equal(crossed.path, 'a.jsonl');
  assert.equal(crossed.message, 'The sentence-selection solver failed: out of time');
  assert.equal(fromClonedError(toClonedError(new TypeError('x is not a function'))).message, 'x is not a function');
});

test('a dataset gets a worker by default only when its text is long enough to repay one', () => {
  const nine = clusters();
  assert.equal(defaultJobs(nine, false), 1);
  assert.equal(defaultJobs(nine, true), 1);
  const chars = nine.reduce((sum, c) => sum + (c.documents ?? []).reduce((n, d) => n + d.length, 0), 0);
  const copies = Math.ceil((2 * MIN_CHARS_PER_THREAD.briefs) / chars);
  const long = Array.from({ length: copies }, () => nine).flat();
  assert.equal(defaultJobs(long, true), Math.min(availableParallelism(), 2));
  assert.equal(defaultJobs(long, false), 1, 'summaries cost a twentieth of briefs per character');
});
