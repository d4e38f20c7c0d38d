/**
 * @module Builds briefs on worker threads: `brief()` is seconds of synchronous CPU per busy story
 * (entity recognition with compromise, the summarizer), and on the server's own thread it held every
 * HTTP request behind it (docs/design-web.md, Measures).
 */
import { Worker } from 'node:worker_threads';
import type { Brief, BriefOptions } from '../brief/index.js';
import { fromClonedError, NewsbriefError, type ClonedError } from '../errors.js';
import type { Report } from '../types.js';
import { BriefAbandonedError, type BuildBrief, type BuildBriefOptions } from '../stream/index.js';

export { BriefAbandonedError, type BuildBrief, type BuildBriefOptions };

/**
 * Workers in a pool: one. The machine this was measured on has two cores, and the other one runs
 * the server's thread (HTTP, assignment, the store); a second brief worker would compete with it.
 */
export const DEFAULT_BRIEF_WORKERS = 1;

export interface BriefJob {
  readonly id: number;
  readonly reports: readonly Report[];
  readonly maxWords: number | undefined;
}

export type BriefReply =
  | { readonly id: number; readonly ok: true; readonly brief: Brief }
  | { readonly id: number; readonly ok: false; readonly error: ClonedError };

/**
 * Longest a brief may take on a pool's thread before it is abandoned (the thread is ended: `brief()` is
 * synchronous CPU and cannot be interrupted otherwise). Real briefs take well under it: 0.3-3 s for a
 * story of 40 Multi-News or DUC reports on this machine, and a 1,000,000-character report 10-20 s.
 * A story that needs longer is marked failed and retried later (rebuild-briefs.ts), so no one report
 * holds the other stories' briefs back for more than this.
 */
export const DEFAULT_BRIEF_BUDGET_MS = 15_000;

export interface BriefPool {
  /** Same contract as `brief()`: a NewsbriefError for reports that cannot be summarised. */
  readonly build: BuildBrief;
  /** Ends the threads at once: briefs in progress or waiting reject with BriefAbandonedError. */
  close(): Promise<void>;
}

interface Pending {
  readonly job: BriefJob;
  readonly budgetMs: number;
  readonly resolve: (brief: Brief) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

/**
 * A pool of `size` workers (default DEFAULT_BRIEF_WORKERS); jobs queue in order. A worker that dies fails its
 * job and is replaced; so does one past its job's budget (default `budgetMs`, DEFAULT_BRIEF_BUDGET_MS), whose
 * job fails with a `TIMEOUT` NewsbriefError.
 */
export function createBriefPool(size = DEFAULT_BRIEF_WORKERS, budgetMs = DEFAULT_BRIEF_BUDGET_MS): BriefPool {
  const url = new URL('./brief-worker.js', import.meta.url);
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let isClosed = false;

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(url), busy: null, timer: null };
    slot.worker.on('message', (reply: BriefReply) => {
      const busy = slot.busy;
      release(slot);
      if (busy !== null && busy.job.id === reply.id) {
        if (reply.ok) busy.resolve(reply.brief);
        // An unexpected error keeps its whole stack in the message: it is a bug, to be read where it is logged.
        else busy.reject(reply.error.code === null ? new Error(`brief worker: ${reply.error.stack ?? reply.error.message}`) : fromClonedError(reply.error));
      }
      dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.busy?.reject(error);
      release(slot);
    });
    slot.worker.on('exit', () => {
      slot.busy?.reject(isClosed ? new BriefAbandonedError() : new Error('brief worker exited'));
      release(slot);
      const at = slots.indexOf(slot);
      if (at < 0) return; // ended past its budget and already replaced
      slots.splice(at, 1);
      if (!isClosed) {
        slots.push(spawn());
        dispatch();
      }
    });
    // A pool with nothing to do must not keep the process alive.
    slot.worker.unref();
    return slot;
  }

  function release(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
  }

  function dispatch(): void {
    for (const slot of slots) {
      const next = slot.busy === null ? queue.shift() : undefined;
      if (next !== undefined) {
        slot.busy = next;
        slot.worker.ref();
        slot.worker.postMessage(next.job);
        slot.timer = setTimeout(() => {
          if (slot.busy !== next) return;
          const seconds = (next.budgetMs / 1000).toLocaleString('en');
          next.reject(new NewsbriefError('TIMEOUT', `Cannot build the brief: expected it within ${seconds} s, took longer`));
          release(slot);
          // The thread is still computing: it leaves the pool now (so no job is given to it while it ends) and is
          // ended; a fresh one takes its place.
          slots.splice(slots.indexOf(slot), 1);
          void slot.worker.terminate();
          if (!isClosed) {
            slots.push(spawn());
            dispatch();
          }
        }, next.budgetMs);
      } else if (slot.busy === null) {
        slot.worker.unref();
      }
    }
  }

  for (let i = 0; i < Math.max(1, size); i += 1) slots.push(spawn());

  return {
    build(reports, options = {}) {
      if (isClosed) return Promise.reject(new BriefAbandonedError());
      return new Promise<Brief>((resolve, reject) => {
        queue.push({ job: { id: nextId++, reports, maxWords: options.maxWords }, budgetMs: options.budgetMs ?? budgetMs, resolve, reject });
        dispatch();
      });
    },
    async close() {
      isClosed = true;
      for (const waiting of queue.splice(0)) waiting.reject(new BriefAbandonedError());
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
