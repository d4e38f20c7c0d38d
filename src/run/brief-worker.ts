/** @module Worker-thread entry of the brief pool: builds one brief per message, off the thread that serves HTTP. */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { brief } from '../brief/index.js';
import { toClonedError } from '../errors.js';
import type { BriefJob, BriefReply } from './brief-pool.js';

if (parentPort === null) throw new Error('brief-worker.js runs as a worker thread (see brief-pool.ts)');
const port = parentPort;

/**
 * Niceness of this thread (Linux nice values are per thread; elsewhere this may nice the process or
 * do nothing). A rebuild is background work: on two cores it took CPU from the threads that store
 * and assign posted reports and answer reads (docs/design-web.md, Measures).
 */
export const BRIEF_WORKER_NICE = 10;
try {
  if (process.platform === 'linux') setPriority(BRIEF_WORKER_NICE);
} catch {
  // Not allowed here: rebuilds then share the CPU evenly, which is only slower.
}

port.on('message', (job: BriefJob) => {
  brief(job.reports, { maxWords: job.maxWords }).then(
    (built) => port.postMessage({ id: job.id, ok: true, brief: built } satisfies BriefReply),
    (error: unknown) => port.postMessage({ id: job.id, ok: false, error: toClonedError(error) } satisfies BriefReply),
  );
});
