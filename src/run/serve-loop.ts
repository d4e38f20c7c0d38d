/**
 * @module The stream inside the server, as two loops with sleeps that can be cut short: ingest
 * (feeds, fetches, assignment; woken by a POST) and briefs (rebuilds as they fall due; woken after
 * assignment). Each restarts after an unexpected error.
 */
import {
  assignPending,
  fetchQueued,
  pollFeeds,
  rebuildBriefs,
  type StreamContext,
} from '../stream/index.js';
import { sleep as plainSleep } from './open-stream.js';
import type { AssignerHolder } from './process-stream.js';
import { nextWake, type WatchOptions } from './watch-stream.js';

/** Pause before restarting the loop after an unexpected error, so a persistent fault does not spin. */
export const LOOP_RESTART_DELAY_MS = 5_000;

/**
 * How long a wake waits before ending the loop's sleep: POSTs arrive in bursts, and gathering
 * them makes one pass (one assignment batch, one snapshot) instead of one pass per request.
 * 200 ms is short next to the brief's quiet spell and was enough for 8 clients on loopback to
 * fill batches (docs/design-web.md, Measures).
 */
export const DEFAULT_WAKE_COALESCE_MS = 200;

export interface ServeLoop {
  /** Ends the current sleep so newly stored work is processed now. */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * A sleep that ends `coalesceMs` after the first `wake()` (default DEFAULT_WAKE_COALESCE_MS);
 * a wake while awake makes the next sleep return at once.
 */
export function createWakeableSleep(coalesceMs = DEFAULT_WAKE_COALESCE_MS): { readonly sleep: StreamContext['sleep']; wake(): void } {
  let wakeCurrent: (() => void) | null = null;
  let isWakePending = false;
  let isWaking = false;
  return {
    sleep(ms, signal) {
      if (isWakePending || signal?.aborted === true) {
        isWakePending = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        let isSettled = false;
        // Called by the timer, the abort, or a (delayed) wake; only the first call counts.
        const done = (): void => {
          if (isSettled) return;
          isSettled = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          if (wakeCurrent === done) {
            wakeCurrent = null;
            isWaking = false;
          }
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        wakeCurrent = done;
      });
    },
    wake() {
      if (wakeCurrent === null) {
        isWakePending = true;
      } else if (!isWaking) {
        isWaking = true;
        const current = wakeCurrent;
        setTimeout(current, coalesceMs);
      }
    },
  };
}

/**
 * Runs `pass` then sleeps as long as `wakeIn` says (or until woken), until stopped; an unexpected
 * error is reported and the loop goes on after LOOP_RESTART_DELAY_MS.
 */
async function runLoop(signal: AbortSignal, sleep: StreamContext['sleep'], pass: () => Promise<void>, wakeIn: () => Promise<number>, onError: (error: unknown) => void): Promise<void> {
  while (!signal.aborted) {
    try {
      await pass();
      if (signal.aborted) break;
      await sleep(await wakeIn(), signal);
    } catch (error) {
      if (signal.aborted) break; // stopping: whatever the pass met (a brief abandoned) is not a fault
      onError(error);
      await plainSleep(LOOP_RESTART_DELAY_MS, signal);
    }
  }
}

/**
 * Starts polling and processing in the background; `onError` hears what stopped a pass before the
 * loop goes on. Briefs are rebuilt in their own loop, so a rebuild (seconds, on a worker thread
 * when the context has one) never holds up the assignment of newly posted reports: those only mark
 * their stories stale, and a story rebuilt while reports arrive stays stale (its built revision is
 * the one read before the rebuild), exactly as with one loop.
 */
export function startServeLoop(
  context: StreamContext,
  options: WatchOptions & {
    readonly coalesceMs?: number;
    /** Runs an assignment pass elsewhere (the server: on a worker thread, assign-thread.ts); default `assignPending` here. */
    readonly assign?: (signal: AbortSignal) => Promise<number>;
  },
  onError: (error: unknown) => void,
): ServeLoop {
  const ingestWaker = createWakeableSleep(options.coalesceMs);
  const briefWaker = createWakeableSleep(options.coalesceMs);
  const stop = new AbortController();
  const holder: AssignerHolder = { assigner: null };
  const assign = options.assign ?? ((signal: AbortSignal) => assignPending(context, holder, signal));
  const ingest = runLoop(
    stop.signal,
    ingestWaker.sleep,
    async () => {
      await pollFeeds(context, options, stop.signal);
      await fetchQueued(context, stop.signal);
      if ((await assign(stop.signal)) > 0) briefWaker.wake();
    },
    () => nextWake(context, options, { feeds: true, briefs: false }),
    onError,
  );
  const briefs = runLoop(
    stop.signal,
    briefWaker.sleep,
    async () => {
      await rebuildBriefs(context, options, stop.signal);
    },
    () => nextWake(context, options, { feeds: false, briefs: true }),
    onError,
  );
  return {
    wake: () => ingestWaker.wake(),
    async stop() {
      stop.abort();
      await Promise.all([ingest, briefs]);
    },
  };
}
