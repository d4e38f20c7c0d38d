/** @module Per-host politeness: requests to one host are spaced out, requests to different hosts are not held back. */

/**
 * Least time between two requests to the same host. Crawlers that honour robots.txt `Crawl-delay`
 * commonly default to 1-10 s; one story often brings several links to one site at once, so 2 s
 * keeps a burst polite without stalling a poll of many feeds.
 */
export const DEFAULT_HOST_DELAY_MS = 2_000;

export interface HostGateOptions {
  /** Default DEFAULT_HOST_DELAY_MS. */
  readonly minDelayMs?: number;
  /** The clock, in milliseconds. */
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export interface HostGate {
  /** Resolves when a request to `url`'s host may start; the slot is taken at once, so concurrent callers queue up. */
  wait(url: string): Promise<void>;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

export function createHostGate(options: HostGateOptions): HostGate {
  const minDelayMs = options.minDelayMs ?? DEFAULT_HOST_DELAY_MS;
  const nextFree = new Map<string, number>();
  return {
    async wait(url) {
      const host = hostOf(url);
      const now = options.now();
      const slot = Math.max(now, nextFree.get(host) ?? now);
      nextFree.set(host, slot + minDelayMs);
      if (slot > now) await options.sleep(slot - now);
    },
  };
}
