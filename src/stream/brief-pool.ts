/**
 * @module Builds briefs on worker threads: `brief()` is seconds of synchronous CPU per busy story
 * (entity recognition with compromise, the summarizer), and on the server's own thread it held every
 * HTTP request behind it (docs/design-web.md, Measures).
 */
import { Worker } from 'node:worker_threads';
import type { Brief, BriefOptions } from '../brief.js';
import { NewsbriefError, type NewsbriefErrorCode } from '../errors.js';
import type { Report } from '../types.js';

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
  | { readonly id: number; readonly ok: false; readonly code: NewsbriefErrorCode | null; readonly message: string };

export type BuildBrief = (reports: readonly Report[], options?: BriefOptions) => Promise<Brief>;

export interface BriefPool {
  /** Same contract as `brief()`: a NewsbriefError for reports that cannot be summarised. */
  readonly build: BuildBrief;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: { readonly job: BriefJob; readonly resolve: (brief: Brief) => void; readonly reject: (error: Error) => void } | null;
}

/** A pool of `size` workers (default DEFAULT_BRIEF_WORKERS); jobs queue in order. A worker that dies fails its job and is replaced. */
export function createBriefPool(size = DEFAULT_BRIEF_WORKERS): BriefPool {
  const url = new URL('./brief-worker.js', import.meta.url);
  const queue: { readonly job: BriefJob; readonly resolve: (brief: Brief) => void; readonly reject: (error: Error) => void }[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let isClosed = false;

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(url), busy: null };
    slot.worker.on('message', (reply: BriefReply) => {
      const busy = slot.busy;
      slot.busy = null;
      if (busy !== null && busy.job.id === reply.id) {
        if (reply.ok) busy.resolve(reply.brief);
        else busy.reject(reply.code === null ? new Error(`brief worker: ${reply.message}`) : new NewsbriefError(reply.code, reply.message));
      }
      dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.busy?.reject(error);
      slot.busy = null;
    });
    slot.worker.on('exit', () => {
      slot.busy?.reject(new Error('brief worker exited'));
      slot.busy = null;
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
      if (!isClosed) {
        slots.push(spawn());
        dispatch();
      }
    });
    // A pool with nothing to do must not keep the process alive.
    slot.worker.unref();
    return slot;
  }

  function dispatch(): void {
    for (const slot of slots) {
      const next = slot.busy === null ? queue.shift() : undefined;
      if (next !== undefined) {
        slot.busy = next;
        slot.worker.ref();
        slot.worker.postMessage(next.job);
      } else if (slot.busy === null) {
        slot.worker.unref();
      }
    }
  }

  for (let i = 0; i < Math.max(1, size); i += 1) slots.push(spawn());

  return {
    build(reports, options = {}) {
      if (isClosed) return Promise.reject(new Error('the brief pool is closed'));
      return new Promise<Brief>((resolve, reject) => {
        queue.push({ job: { id: nextId++, reports, maxWords: options.maxWords }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      isClosed = true;
      for (const waiting of queue.splice(0)) waiting.reject(new Error('the brief pool is closed'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
