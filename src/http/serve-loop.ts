/** @module The stream loop inside the server: `watchStream` with a sleep that a POST can cut short, restarted after an unexpected error. */
import { sleep as plainSleep, watchStream, type StreamContext, type WatchOptions } from '../stream/index.js';

/** Pause before restarting the loop after an unexpected error, so a persistent fault does not spin. */
export const LOOP_RESTART_DELAY_MS = 5_000;

export interface ServeLoop {
  /** Ends the current sleep so newly stored work is processed now. */
  wake(): void;
  stop(): Promise<void>;
}

/** A sleep that ends early on `wake()`; a wake while awake makes the next sleep return at once. */
export function createWakeableSleep(): { readonly sleep: StreamContext['sleep']; wake(): void } {
  let wakeCurrent: (() => void) | null = null;
  let isWakePending = false;
  return {
    sleep(ms, signal) {
      if (isWakePending || signal?.aborted === true) {
        isWakePending = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          wakeCurrent = null;
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        wakeCurrent = done;
      });
    },
    wake() {
      if (wakeCurrent === null) isWakePending = true;
      else wakeCurrent();
    },
  };
}

/** Starts polling and processing in the background; `onError` hears what stopped a run before it restarts. */
export function startServeLoop(context: StreamContext, options: WatchOptions, onError: (error: unknown) => void): ServeLoop {
  const waker = createWakeableSleep();
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
      waker.wake();
      await running;
    },
  };
}
