/**
 * @module Worker-thread host of the server's assignment (assign-thread.ts): the assigner, its
 * near-copy checks and the reading of pending reports run here, on their own line to the store's
 * PGlite worker, so the thread that answers HTTP only stores posts and serves memory.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher } from '../ingest/fetch/index.js';
import { createSqlStore } from '../store/index.js';
import { createPortSqlClient } from '../store/pglite/worker-sql-client.js';
import { assignPending } from './assign-pending.js';
import { sleep } from './open-stream.js';
import type { AssignerHolder } from './process-stream.js';
import type { StreamContext } from './stream-context.js';
import type { AssignReply, AssignRequest } from './assign-thread.js';

if (parentPort === null) throw new Error('assign-worker.js runs as a worker thread (see assign-thread.ts)');
const parent = parentPort;
const { port } = workerData as { readonly port: MessagePort };

/**
 * Niceness of this thread (Linux nice values are per thread, as for the brief worker). Assignment
 * is batched behind a 200 ms wake anyway; on two shared cores it should yield to the threads that
 * answer reads and store posts (docs/design-web.md, Measures).
 */
export const ASSIGN_WORKER_NICE = 5;
try {
  if (process.platform === 'linux') setPriority(ASSIGN_WORKER_NICE);
} catch {
  // Not allowed here: assignment then shares the CPU evenly.
}

const now = (): Date => new Date();
const context: StreamContext = {
  store: createSqlStore(createPortSqlClient(port)),
  // assignPending neither fetches nor polls; the context's type asks for both.
  fetcher: createFetcher(),
  hostGate: createHostGate({ now: () => now().getTime(), sleep: (ms) => sleep(ms) }),
  now,
  sleep,
  onEvent: (event) => parent.postMessage({ kind: 'event', event } satisfies AssignReply),
};
// The assigner lives here between passes, as it did in the serve loop (loaded on the first pass).
const holder: AssignerHolder = { assigner: null };
const stop = new AbortController();
// Passes run one after another: the serve loop asks for the next only after this one answers.
let line: Promise<void> = Promise.resolve();

parent.on('message', (request: AssignRequest) => {
  if (request.op === 'abort') {
    stop.abort();
    return;
  }
  line = line.then(async () => {
    try {
      const assigned = await assignPending(context, holder, stop.signal);
      parent.postMessage({ kind: 'done', id: request.id, assigned } satisfies AssignReply);
    } catch (error) {
      parent.postMessage({ kind: 'failed', id: request.id, message: (error as Error).message ?? String(error) } satisfies AssignReply);
    }
  });
});
