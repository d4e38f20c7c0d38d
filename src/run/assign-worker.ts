/**
 * @module Worker-thread host of the server's assignment (assign-thread.ts): the assigner, its
 * near-copy checks and the reading of pending reports run here, on their own line to the store's
 * PGlite worker, so the thread that answers HTTP only stores posts and serves memory.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher } from '../ingest/fetch/index.js';
import { createPortSqlClient, createSqlStore, pendingReportsWith } from '../store/index.js';
import { createNearCopyIndex, type NearCopyIndex } from '../cluster/index.js';
import { assignPending, type StreamContext } from '../stream/index.js';
import { sleep } from './open-stream.js';
import type { AssignerHolder } from './process-stream.js';
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

/**
 * Texts of pending reports handed over by the HTTP thread (assign-thread.ts `offer`), taken out as
 * their rows are read. Bounded, in case assignment stalls while posts go on: past it, texts are
 * read from the store as before. 10,000 news texts are ~50 MB.
 */
export const MAX_OFFERED_TEXTS = 10_000;
const offered = new Map<string, string>();

const now = (): Date => new Date();
const client = createPortSqlClient(port);
const store = createSqlStore(client);
const context: StreamContext = {
  store: {
    ...store,
    async pendingReports(limit) {
      const rows = await pendingReportsWith(client, limit, offered);
      for (const row of rows) offered.delete(row.id);
      return rows;
    },
  },
  // assignPending neither fetches nor polls; the context's type asks for both.
  fetcher: createFetcher(),
  hostGate: createHostGate({ now: () => now().getTime(), sleep: (ms) => sleep(ms) }),
  now,
  sleep,
  onEvent: (event) => parent.postMessage({ kind: 'event', event } satisfies AssignReply),
};
// The assigner lives here between passes, as it did in the serve loop (loaded on the first pass),
// and so do the stories' near-copy fingerprints: this thread is the store's only assigner.
const holder: AssignerHolder & { readonly nearCopies: NearCopyIndex } = { assigner: null, nearCopies: createNearCopyIndex() };
const stop = new AbortController();
// Passes run one after another: the serve loop asks for the next only after this one answers.
let line: Promise<void> = Promise.resolve();

parent.on('message', (request: AssignRequest) => {
  if (request.op === 'abort') {
    stop.abort();
    return;
  }
  if (request.op === 'text') {
    if (offered.size < MAX_OFFERED_TEXTS) offered.set(request.reportId, request.text);
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
