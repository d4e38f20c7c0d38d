/** @module Worker-thread entry of the brief pool: builds one brief per message, off the thread that serves HTTP. */
import { parentPort } from 'node:worker_threads';
import { brief } from '../brief.js';
import { isNewsbriefError } from '../errors.js';
import type { BriefJob, BriefReply } from './brief-pool.js';

if (parentPort === null) throw new Error('brief-worker.js runs as a worker thread (see brief-pool.ts)');
const port = parentPort;

port.on('message', (job: BriefJob) => {
  brief(job.reports, { maxWords: job.maxWords }).then(
    (built) => port.postMessage({ id: job.id, ok: true, brief: built } satisfies BriefReply),
    (error: unknown) => {
      const reply: BriefReply = isNewsbriefError(error)
        ? { id: job.id, ok: false, code: error.code, message: error.message }
        : { id: job.id, ok: false, code: null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      port.postMessage(reply);
    },
  );
});
