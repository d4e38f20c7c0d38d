/** @module What every stream step is given: the store, the fetcher, the clock, and a sink for progress events. */
import type { HostGate } from '../ingest/feed/index.js';
import type { Fetcher } from '../ingest/fetch/index.js';
import type { BuildBrief } from './build-brief.js';
import type { Store, StoredReport, StorySummary, StoryVersion } from '../store/index.js';

export type StreamEvent =
  | { readonly kind: 'queued'; readonly id: string; readonly url: string }
  | { readonly kind: 'stored'; readonly id: string; readonly label: string }
  | { readonly kind: 'duplicate'; readonly label: string; readonly of: string }
  | { readonly kind: 'fetched'; readonly id: string; readonly url: string }
  | { readonly kind: 'fetch-failed'; readonly id: string; readonly url: string; readonly message: string; readonly willRetry: boolean }
  | {
      readonly kind: 'assigned';
      readonly id: string;
      readonly storyId: string;
      readonly isNewStory: boolean;
      readonly nearDuplicateOf: string | null;
      /** The report as now stored, and its story after the committed batch: what a view kept in memory needs, without reading the store. */
      readonly report?: StoredReport;
      readonly story?: StorySummary;
    }
  | {
      readonly kind: 'brief';
      readonly storyId: string;
      readonly version: number;
      readonly reports: number;
      /** The version saved and the story after it (for views kept in memory). */
      readonly saved?: StoryVersion;
      readonly story?: StorySummary;
    }
  | {
      readonly kind: 'brief-failed';
      readonly storyId: string;
      readonly message: string;
      /** When the build is tried again (it ran out of time), or null: the story's next report retries it. */
      readonly retryAt?: string | null;
    }
  | { readonly kind: 'feed-polled'; readonly url: string; readonly result: 'updated' | 'not-modified' | 'error'; readonly newItems: number; readonly message?: string }
  | { readonly kind: 'skipped'; readonly label: string; readonly message: string };

export interface StreamContext {
  readonly store: Store;
  readonly fetcher: Fetcher;
  readonly hostGate: HostGate;
  /** The clock: every timestamp the stream writes comes from here. */
  readonly now: () => Date;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly onEvent?: (event: StreamEvent) => void;
  /** Builds a brief; default `brief()` on this thread. The server passes a worker pool's (brief-pool.ts). */
  readonly buildBrief?: BuildBrief;
}

export function emit(context: StreamContext, event: StreamEvent): void {
  context.onEvent?.(event);
}

export function nowIso(context: StreamContext): string {
  return context.now().toISOString();
}
