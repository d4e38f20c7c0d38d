/** @module What every stream step is given: the store, the fetcher, the clock, and a sink for progress events. */
import type { HostGate } from '../ingest/feed/index.js';
import type { Fetcher } from '../ingest/fetch/index.js';
import type { Store } from '../store/index.js';

export type StreamEvent =
  | { readonly kind: 'queued'; readonly id: string; readonly url: string }
  | { readonly kind: 'stored'; readonly id: string; readonly label: string }
  | { readonly kind: 'duplicate'; readonly label: string; readonly of: string }
  | { readonly kind: 'fetched'; readonly id: string; readonly url: string }
  | { readonly kind: 'fetch-failed'; readonly id: string; readonly url: string; readonly message: string; readonly willRetry: boolean }
  | { readonly kind: 'assigned'; readonly id: string; readonly storyId: string; readonly isNewStory: boolean; readonly nearDuplicateOf: string | null }
  | { readonly kind: 'brief'; readonly storyId: string; readonly version: number; readonly reports: number }
  | { readonly kind: 'brief-failed'; readonly storyId: string; readonly message: string }
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
}

export function emit(context: StreamContext, event: StreamEvent): void {
  context.onEvent?.(event);
}

export function nowIso(context: StreamContext): string {
  return context.now().toISOString();
}
