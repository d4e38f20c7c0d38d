/** @module The stream loop inside the server: `watchStream` with a sleep that a POST can cut short, restarted after an unexpected error. */
import { sleep as plainSleep, watchStream, type StreamContext, type WatchOptions } from '../stream/index.js';

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

/** Starts polling and processing in the background; `onError` hears what stopped a run before it restarts. */
export function startServeLoop(context: StreamContext, options: WatchOptions & { readonly coalesceMs?: number }, onError: (error: unknown) => void): ServeLoop {
  const waker = createWakeableSleep(options.coalesceMs);
  const loopContext: StreamContext = { ...context, sleep: waker.sleep };
  const stop = new AbortController();
  const running = (async () => {
    while (!stop.signal.aborted) {
      try {
        await watchStream(loopContext, options, stop.signal);
      } catch (error) {
        onError(error);
        await plainSleep(LOOP_RESTART_DELAY_MS, stop.signal);
      }
    }
  })();
  return {
    wake: () => waker.wake(),
    async stop() {
      stop.abort();
      await running;
    },
  };
}
