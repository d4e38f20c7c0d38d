/** @module What the HTTP app is given: the open store, the event hub, a way to wake the stream loop, the clock, the API key. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/index.js';
import type { EventHub } from './event-hub.js';
import type { StoryCache } from './story-cache.js';

export interface AppDeps {
  readonly store: Store;
  readonly hub: EventHub;
  /** Wakes the stream loop after new work is stored. */
  readonly wake: () => void;
  /** Hears each report stored as pending with its text (the server hands it to the assignment thread). */
  readonly onStored?: (reportId: string, text: string) => void;
  readonly now: () => Date;
  /** Required on write routes when set (NEWSBRIEF_API_KEY). */
  readonly apiKey: string | null;
  /**
   * Latest briefs kept in memory from the stream's events; only when this process sees every change
   * (the embedded store with processing here). Without it, reads go to the store.
   */
  readonly storyCache?: StoryCache;
  /** Why a posted URL would be refused by the fetcher's address policy, or null (fetchRefusal); default: nothing refused here. */
  readonly urlRefusal?: (url: string) => Promise<string | null>;
}

export type App = OpenAPIHono;
