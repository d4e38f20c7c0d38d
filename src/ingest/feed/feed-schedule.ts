/** @module When to poll a feed next: a steady interval, exponential backoff on errors, and the server's Retry-After. */

/**
 * Time between polls of a healthy feed. Desktop readers default to 30-60 minutes; news moves
 * faster, and a conditional request answered 304 costs the publisher almost nothing, so 15 minutes.
 */
export const DEFAULT_POLL_INTERVAL_MS = 15 * 60_000;

/** Longest wait after repeated errors: a feed down for days is still tried once a day. */
export const DEFAULT_MAX_BACKOFF_MS = 24 * 60 * 60_000;

export interface ScheduleOptions {
  /** Default DEFAULT_POLL_INTERVAL_MS. */
  readonly intervalMs?: number;
  /** Default DEFAULT_MAX_BACKOFF_MS. */
  readonly maxBackoffMs?: number;
}

export interface PollSchedule {
  readonly nextPollAt: Date;
  /** Consecutive failed polls, 0 after a success. */
  readonly errorCount: number;
}

/**
 * The next poll after one that succeeded (`isError` false) or failed. After the n-th consecutive
 * error the wait is interval × 2^n, capped; a Retry-After from the server is honoured when longer.
 */
export function scheduleNextPoll(
  previousErrors: number,
  isError: boolean,
  now: Date,
  options: ScheduleOptions & { readonly retryAfterMs?: number | null } = {},
): PollSchedule {
  const interval = options.intervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const cap = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
  const errorCount = isError ? previousErrors + 1 : 0;
  // The exponent is bounded so the multiplication cannot overflow before the cap applies.
  const backoff = isError ? Math.min(cap, interval * 2 ** Math.min(errorCount, 30)) : interval;
  const wait = Math.max(backoff, options.retryAfterMs ?? 0);
  return { nextPollAt: new Date(now.getTime() + wait), errorCount };
}

/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds from `now`, or null. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (value === undefined) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
