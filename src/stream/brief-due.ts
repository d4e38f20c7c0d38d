/** @module When a stale story's brief is rebuilt: after a quiet spell, or after a longest wait while reports keep coming (debounce with maxWait). */
import type { StorySummary } from '../store/index.js';

/**
 * Quiet time before a rebuild. A feed poll or an `add` of a folder brings its reports within
 * seconds; waiting one quiet minute builds one brief for the burst instead of one per report.
 */
export const DEFAULT_QUIET_MS = 60_000;

/** Longest a stale brief waits while reports keep arriving, so a busy story is still refreshed. */
export const DEFAULT_MAX_WAIT_MS = 10 * 60_000;

export interface DebounceOptions {
  /** Default DEFAULT_QUIET_MS. */
  readonly quietMs?: number;
  /** Default DEFAULT_MAX_WAIT_MS. */
  readonly maxWaitMs?: number;
}

/** The time the story's brief falls due (never before a failed build's `briefRetryAt`), or null when it is current. */
export function briefDueAt(story: StorySummary, options: DebounceOptions = {}): Date | null {
  if (story.revision <= story.builtRevision) return null;
  const quiet = Date.parse(story.lastReportAt) + (options.quietMs ?? DEFAULT_QUIET_MS);
  const since = story.dirtySince === null ? quiet : Date.parse(story.dirtySince) + (options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
  // A failed build's backoff holds whatever the debounce says.
  const retry = story.briefRetryAt === null ? -Infinity : Date.parse(story.briefRetryAt);
  return new Date(Math.max(Math.min(quiet, since), retry));
}

export function isBriefDue(story: StorySummary, now: Date, options: DebounceOptions = {}): boolean {
  const due = briefDueAt(story, options);
  return due !== null && due.getTime() <= now.getTime();
}
