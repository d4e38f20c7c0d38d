/**
 * @module Narrow views of the store that make the stream's own functions (fetchQueued, assignPending,
 * rebuildBriefs, pollFeeds) do exactly one job's work: one report, one batch, one story, one feed.
 * The handlers call those functions unchanged instead of copying them.
 */
import type { Store } from '../../store/index.js';

/** `pendingReports` answers once (one batch), then nothing: assignPending commits that batch and returns. */
export function oneBatchStore(store: Store): Store {
  let isServed = false;
  return {
    ...store,
    async pendingReports(limit) {
      if (isServed) return [];
      isServed = true;
      return store.pendingReports(limit);
    },
  };
}

/** `dirtyStories` is this story when it is stale, else nothing. */
export function oneStoryStore(store: Store, storyId: string): Store {
  return {
    ...store,
    async dirtyStories() {
      const story = await store.getStory(storyId);
      return story !== null && story.revision > story.builtRevision ? [story] : [];
    },
  };
}

/** `dueFetches` is this report while it is still queued, once. (The job was sent for when it falls due.) */
export function oneFetchStore(store: Store, reportId: string): Store {
  let isServed = false;
  return {
    ...store,
    async dueFetches() {
      if (isServed) return [];
      isServed = true;
      const report = await store.getReport(reportId);
      return report !== null && report.status === 'queued' ? [report] : [];
    },
  };
}

/** `dueFeeds` is this feed when it is due (all feeds are due with `all`). */
export function oneFeedStore(store: Store, url: string): Store {
  return {
    ...store,
    async dueFeeds(now) {
      return (await store.listFeeds()).filter((feed) => feed.url === url && Date.parse(feed.nextPollAt) <= Date.parse(now));
    },
    async listFeeds() {
      return (await store.listFeeds()).filter((feed) => feed.url === url);
    },
  };
}
