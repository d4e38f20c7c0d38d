/** @module Worker-thread entry of a batch on several threads (dataset-threads.ts): summarizes the clusters it claims until none is left. */
import { parentPort, workerData } from 'node:worker_threads';
import { toClonedError } from '../errors.js';
import { claimCluster, stopAfter, summarizeCluster, type DatasetWorkerData, type DatasetWorkerMessage } from './dataset-cluster.js';

if (parentPort === null) throw new Error('dataset-worker.js runs as a worker thread (see dataset-threads.ts)');
const port = parentPort;
const post = (message: DatasetWorkerMessage): void => port.postMessage(message);

const { clusters, counter, maxWords, briefs } = workerData as DatasetWorkerData;
for (let at = claimCluster(counter); at !== null; at = claimCluster(counter)) {
  try {
    post({ kind: 'result', at, result: await summarizeCluster(clusters[at]!, maxWords, briefs) });
  } catch (error) {
    stopAfter(counter, at);
    post({ kind: 'failure', at, failure: toClonedError(error) });
  }
}
post({ kind: 'done' });
