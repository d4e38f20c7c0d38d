/** @module `watch`: poll feeds and process in a loop until stopped, sleeping until the next thing falls due. */
import type { ScheduleOptions } from '../ingest/feed/index.js';
import { briefDueAt, pollFeeds, type RebuildOptions, type StreamContext } from '../stream/index.js';
import { processPass, type AssignerHolder } from './process-stream.js';

/** Longest sleep between passes: a feed added by another `feeds add` is noticed within this. */
export const DEFAULT_MAX_IDLE_MS = 30_000;
/** Shortest sleep, so a clock that lags the store cannot make the loop spin. */
export const MIN_IDLE_MS = 250;

export interface WatchOptions extends ScheduleOptions, RebuildOptions {
  /** Default DEFAULT_MAX_IDLE_MS. */
  readonly maxIdleMs?: number;
  /** Called after each pass (tests stop the loop from here). */
  readonly onPass?: (pass: number) => void;
}

/**
 * Milliseconds until the next feed poll or brief falls due (what `watch` sleeps), at least
 * MIN_IDLE_MS and at most `maxIdleMs`. A loop that does only one of the two asks for that one.
 */
export async function nextWake(context: StreamContext, options: WatchOptions, of: { readonly feeds: boolean; readonly briefs: boolean } = { feeds: true, briefs: true }): Promise<number> {
  const now = context.now().getTime();
  const times = [now + (options.maxIdleMs ?? DEFAULT_MAX_IDLE_MS)];
  if (of.feeds) for (const feed of await context.store.listFeeds()) times.push(Date.parse(feed.nextPollAt));
  if (of.briefs) {
    for (const story of await context.store.dirtyStories()) {
      const due = briefDueAt(story, options);
      if (due !== null) times.push(due.getTime());
    }
  }
  return Math.max(MIN_IDLE_MS, Math.min(...times) - now);
}

/** Runs until `signal` aborts; returns the number of passes made. */
export async function watchStream(context: StreamContext, options: WatchOptions, signal: AbortSignal): Promise<number> {
  const holder: AssignerHolder = { assigner: null };
  let passes = 0;
  while (!signal.aborted) {
    try {
      await pollFeeds(context, options, signal);
      await processPass(context, holder, options, signal);
    } catch (error) {
      // Stopping cuts the pass short (a brief abandoned): the work left is found again by the next run.
      if (signal.aborted) break;
      throw error;
    }
    passes += 1;
    options.onPass?.(passes);
    if (signal.aborted) break;
    await context.sleep(await nextWake(context, options), signal);
  }
  return passes;
}
