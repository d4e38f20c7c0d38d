/** @module Fans the stream's events out to the server-sent-event clients (and to requests waiting for an assignment). */
import type { StreamEvent } from '../stream/index.js';

/** What a page needs to know: a story gained a report or has a new brief version; a feed was read. */
export type StoryEvent =
  | { readonly type: 'report'; readonly story: string; readonly report: string; readonly isNewStory: boolean }
  | { readonly type: 'brief'; readonly story: string; readonly version: number; readonly reports: number }
  | { readonly type: 'feed'; readonly url: string; readonly result: 'updated' | 'not-modified' | 'error'; readonly newItems: number };

export interface EventHub {
  /** The sink given to the stream context. */
  readonly onStreamEvent: (event: StreamEvent) => void;
  subscribe(listener: (event: StoryEvent) => void): () => void;
  /** Every stream event, before the clients hear of it (views kept in memory update here first). */
  subscribeStream(listener: (event: StreamEvent) => void): () => void;
  /** Resolves with the story once `reportId` is assigned, or null after `timeoutMs`. */
  waitForAssignment(reportId: string, timeoutMs: number): Promise<string | null>;
  /** How many reports have a request waiting for their assignment (a gauge; each is forgotten when its last wait ends). */
  waitingReports(): number;
  /** Aborted when the server stops: event streams end at once instead of at their next heartbeat. */
  readonly closed: AbortSignal;
  close(): void;
}

/** Only story-level changes reach clients; fetch and feed progress stays in the server. */
export function toStoryEvent(event: StreamEvent): StoryEvent | null {
  if (event.kind === 'assigned') return { type: 'report', story: event.storyId, report: event.id, isNewStory: event.isNewStory };
  if (event.kind === 'brief') return { type: 'brief', story: event.storyId, version: event.version, reports: event.reports };
  if (event.kind === 'feed-polled') return { type: 'feed', url: event.url, result: event.result, newItems: event.newItems };
  return null;
}

export function createEventHub(log?: (event: StreamEvent) => void): EventHub {
  const listeners = new Set<(event: StoryEvent) => void>();
  const streamListeners = new Set<(event: StreamEvent) => void>();
  const waiters = new Map<string, Set<(story: string) => void>>();
  const closing = new AbortController();
  return {
    closed: closing.signal,
    close: () => closing.abort(),
    onStreamEvent(event) {
      log?.(event);
      for (const listener of streamListeners) listener(event);
      if (event.kind === 'assigned') {
        for (const resolve of waiters.get(event.id) ?? []) resolve(event.storyId);
        waiters.delete(event.id);
      }
      const storyEvent = toStoryEvent(event);
      if (storyEvent !== null) for (const listener of listeners) listener(storyEvent);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeStream(listener) {
      streamListeners.add(listener);
      return () => streamListeners.delete(listener);
    },
    waitForAssignment(reportId, timeoutMs) {
      return new Promise((resolve) => {
        const set = waiters.get(reportId) ?? new Set();
        const done = (story: string | null): void => {
          clearTimeout(timer);
          set.delete(done);
          // A report never assigned (refused, failed) must not keep its empty entry for the server's lifetime.
          if (set.size === 0 && waiters.get(reportId) === set) waiters.delete(reportId);
          resolve(story);
        };
        const timer = setTimeout(() => done(null), timeoutMs);
        set.add(done);
        waiters.set(reportId, set);
      });
    },
    waitingReports: () => waiters.size,
  };
}
