/** @module Opens a data directory for the stream: the store, a safe fetcher, per-host politeness and the real clock. */
import { setTimeout as delay } from 'node:timers/promises';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher, type FetchOptions } from '../ingest/fetch/index.js';
import { databaseUrl, openPgliteStore, openStore } from '../store/index.js';
import { createBriefPool } from './brief-pool.js';
import type { StreamContext, StreamEvent } from '../stream/index.js';

export interface OpenStreamOptions extends FetchOptions {
  readonly onEvent?: (event: StreamEvent) => void;
  /** Least time between two requests to one host. Default DEFAULT_HOST_DELAY_MS. */
  readonly hostDelayMs?: number;
  /** Build briefs on this many worker threads (the server: 1); default 0, on this thread. */
  readonly briefWorkers?: number;
  /** Run the embedded store (PGlite) on a worker thread (the server); default false. No effect with DATABASE_URL. */
  readonly storeInWorker?: boolean;
}

/** Resolves after `ms`, or at once (without throwing) when `signal` aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, signal === undefined ? {} : { signal });
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  }
}

export interface OpenedStream {
  readonly context: StreamContext;
  /** Abandons the briefs in progress (BriefAbandonedError; their stories stay stale), so stopping need not wait for them. */
  abandonBriefs(): Promise<void>;
  close(): Promise<void>;
}

/** The one place the real clock and the network enter the stream. */
export async function openStream(dataDir: string, options: OpenStreamOptions = {}): Promise<OpenedStream> {
  // DATABASE_URL switches to PostgreSQL (src/store/open-store.ts).
  const store = options.storeInWorker === true && databaseUrl() === null ? await openPgliteStore(dataDir, { inWorker: true }) : await openStore(dataDir);
  const fetcher = createFetcher(options);
  const now = (): Date => new Date();
  const hostGate = createHostGate({ now: () => now().getTime(), sleep: (ms) => sleep(ms), ...(options.hostDelayMs === undefined ? {} : { minDelayMs: options.hostDelayMs }) });
  const pool = (options.briefWorkers ?? 0) > 0 ? createBriefPool(options.briefWorkers) : null;
  const context: StreamContext = {
    store,
    fetcher,
    hostGate,
    now,
    sleep,
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    ...(pool === null ? {} : { buildBrief: pool.build }),
  };
  return {
    context,
    abandonBriefs: async () => pool?.close(),
    async close() {
      await pool?.close();
      await fetcher.close();
      await store.close();
    },
  };
}
