/**
 * @module Runs `assignPending` on a worker thread (assign-worker.ts) for the server: with the store
 * already on its own worker, assignment (about 1 ms of CPU per report, plus reading and parsing the
 * pending reports and near-copy checks) was the largest share of the HTTP thread's work per posted
 * report, and reads waited behind it (docs/design-web.md, Measures). The worker keeps the assigner
 * between passes and reaches PGlite through its own port; its events come back here as they are
 * emitted, after each batch's commit, exactly as on one thread.
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import type { StreamContext, StreamEvent } from '../stream/index.js';

export type AssignRequest =
  | { readonly op: 'assign'; readonly id: number }
  | { readonly op: 'abort' }
  /** A report just stored as pending, with its text, so the pass need not read the text back. */
  | { readonly op: 'text'; readonly reportId: string; readonly text: string };

export type AssignReply =
  | { readonly kind: 'event'; readonly event: StreamEvent }
  | { readonly kind: 'done'; readonly id: number; readonly assigned: number }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

export interface AssignThread {
  /** One assignment pass on the worker (every pending report, in batches); resolves with how many were assigned. */
  assign(signal?: AbortSignal): Promise<number>;
  /**
   * Hands over the text of a report just stored as pending (after its commit): the pass then reads
   * only its row, not its text. Only a shortcut: a text not handed over is read from the store.
   */
  offer(reportId: string, text: string): void;
  close(): Promise<void>;
}

/**
 * `openPort` gives a fresh line to the store's PGlite worker (`openStorePort`); a worker that dies
 * fails its pass and is replaced on the next one, reloading the assigner from the store (snapshot
 * plus replay), which is what a restart does.
 */
export function createAssignThread(context: Pick<StreamContext, 'onEvent'>, openPort: () => MessagePort): AssignThread {
  let worker: Worker | null = null;
  let nextId = 1;
  let pending: { readonly id: number; readonly resolve: (n: number) => void; readonly reject: (error: Error) => void } | null = null;

  function spawn(): Worker {
    const port = openPort();
    const w = new Worker(new URL('./assign-worker.js', import.meta.url), { workerData: { port }, transferList: [port] });
    w.on('message', (reply: AssignReply) => {
      if (reply.kind === 'event') {
        context.onEvent?.(reply.event);
        return;
      }
      const waiter = pending;
      if (waiter === null || waiter.id !== reply.id) return;
      pending = null;
      if (reply.kind === 'done') waiter.resolve(reply.assigned);
      else waiter.reject(new Error(reply.message));
    });
    const fail = (error: Error): void => {
      if (worker === w) worker = null;
      const waiter = pending;
      pending = null;
      waiter?.reject(error);
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the assignment worker exited (code ${code})`)));
    return w;
  }

  return {
    assign(signal) {
      if (pending !== null) return Promise.reject(new Error('an assignment pass is already running'));
      worker ??= spawn();
      const w = worker;
      const id = nextId++;
      const onAbort = (): void => w.postMessage({ op: 'abort' } satisfies AssignRequest);
      signal?.addEventListener('abort', onAbort, { once: true });
      return new Promise<number>((resolve, reject) => {
        pending = { id, resolve, reject };
        w.postMessage({ op: 'assign', id } satisfies AssignRequest);
      }).finally(() => signal?.removeEventListener('abort', onAbort));
    },
    offer(reportId, text) {
      worker ??= spawn();
      worker.postMessage({ op: 'text', reportId, text } satisfies AssignRequest);
    },
    async close() {
      const w = worker;
      worker = null;
      if (w === null) return;
      w.postMessage({ op: 'abort' } satisfies AssignRequest);
      // Let a running pass commit what it assigned (it stops between reports), then end the thread.
      const waiter = pending;
      if (waiter !== null) {
        await new Promise<void>((ended) => {
          pending = {
            id: waiter.id,
            resolve: (n) => (waiter.resolve(n), ended()),
            reject: (error) => (waiter.reject(error), ended()),
          };
        });
      }
      await w.terminate();
    },
  };
}
