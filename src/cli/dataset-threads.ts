/**
 * @module Summarizes a dataset's clusters on several threads: the calling thread and `threads - 1` workers
 * each take the next cluster no one has taken (dataset-cluster.ts), so uneven clusters even out; the results
 * come back in dataset order, the same as on one thread.
 */
import { Worker } from 'node:worker_threads';
import { fromClonedError } from '../errors.js';
import type { Cluster } from '../ingest/index.js';
import {
  claimCluster,
  createClaimCounter,
  stopAfter,
  summarizeCluster,
  type ClusterResult,
  type DatasetWorkerData,
  type DatasetWorkerMessage,
} from './dataset-cluster.js';

const WORKER_URL = new URL('./dataset-worker.js', import.meta.url);

/** Index of a failure that belongs to no cluster (a worker that crashed or exited early): it stops every thread. */
const THREAD_FAILURE = -1;

/**
 * The result of every cluster, in order. A cluster that throws fails the run with its error, the first in
 * dataset order when several do (clusters after a failed one are not started); every worker is ended before
 * this returns or throws. `onCluster` is called on this thread once per cluster done, with the thread that did
 * it (0 for this one, 1 to `threads - 1` for the workers).
 */
export async function summarizeOnThreads(
  clusters: readonly Cluster[],
  maxWords: number,
  briefs: boolean,
  threads: number,
  onCluster: (thread: number) => void,
): Promise<ClusterResult[]> {
  const counter = createClaimCounter(clusters.length);
  const results: ClusterResult[] = new Array<ClusterResult>(clusters.length);
  const failures = new Map<number, unknown>();
  const fail = (at: number, error: unknown): void => {
    if (!failures.has(at)) failures.set(at, error);
    stopAfter(counter, at);
  };
  const done = (at: number, result: ClusterResult, thread: number): void => {
    results[at] = result;
    onCluster(thread);
  };

  const workerData: DatasetWorkerData = { clusters, counter, maxWords, briefs };
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => new Worker(WORKER_URL, { workerData }));
  const finished = workers.map(
    (worker, index) =>
      new Promise<void>((resolve) => {
        let isDone = false;
        worker.on('message', (message: DatasetWorkerMessage) => {
          if (message.kind === 'result') done(message.at, message.result, index + 1);
          else if (message.kind === 'failure') fail(message.at, fromClonedError(message.failure));
          else isDone = true;
        });
        worker.on('error', (error) => fail(THREAD_FAILURE, error));
        worker.on('exit', (code) => {
          if (!isDone && !failures.has(THREAD_FAILURE)) fail(THREAD_FAILURE, new Error(`dataset worker exited with code ${code} before its clusters were done`));
          resolve();
        });
      }),
  );

  try {
    for (let at = claimCluster(counter); at !== null; at = claimCluster(counter)) {
      try {
        done(at, await summarizeCluster(clusters[at]!, maxWords, briefs), 0);
      } catch (error) {
        fail(at, error);
      }
      // Lets the workers' replies in between clusters, so the progress bar counts theirs as they come.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failures.size > 0) throw failures.get(Math.min(...failures.keys()));
  return results;
}
