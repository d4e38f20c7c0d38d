/**
 * @module The latest view of each story read through the API, kept in memory as a ready JSON body:
 * filled from the store on first read, then kept current from the stream's events, so reading a
 * brief waits neither on a rebuild nor on the store.
 */
import type { StoredReport, Store, StorySummary, StoryVersion } from '../store/index.js';
import type { StreamEvent } from '../stream/index.js';
import { toReportView, toStoryListItem } from './story-views.js';

/**
 * Stories held at once (least recently read dropped first). One entry is the story row, its
 * reports without text and the brief JSON (tens of kB): 1,000 stay well under 100 MB.
 */
export const DEFAULT_CACHED_STORIES = 1_000;

interface Entry {
  story: StorySummary;
  readonly reports: Map<string, ReturnType<typeof toReportView>>;
  /** The latest version's fields as JSON fragments, or null before the first brief. */
  version: { readonly number: number; readonly createdAt: string; readonly changesJson: string; readonly briefJson: string } | null;
  /** The whole body, built on the first read after a change. */
  body: string | null;
}

export interface StoryCache {
  /** `GET /api/stories/{id}`'s body for the latest version, or null when there is no such story. */
  detail(id: string): Promise<string | null>;
  /** Applies a stream event (committed before it was emitted). */
  onStreamEvent(event: StreamEvent): void;
}

function versionOf(saved: StoryVersion): Entry['version'] {
  return { number: saved.version, createdAt: saved.createdAt, changesJson: JSON.stringify(saved.changes ?? null), briefJson: JSON.stringify(saved.brief ?? null) };
}

function bodyOf(entry: Entry): string {
  const { story, version } = entry;
  const versions = Array.from({ length: story.latestVersion }, (_, i) => story.latestVersion - i);
  // Same fields, in the same order, as the route's c.json of the store's rows.
  return (
    `{"story":${JSON.stringify(toStoryListItem(story))},"version":${version?.number ?? null},"createdAt":${JSON.stringify(version?.createdAt ?? null)},` +
    `"versions":${JSON.stringify(versions)},"changes":${version?.changesJson ?? 'null'},"brief":${version?.briefJson ?? 'null'},` +
    `"reports":${JSON.stringify([...entry.reports.values()])}}`
  );
}

export function createStoryCache(store: Store, maxStories = DEFAULT_CACHED_STORIES): StoryCache {
  const entries = new Map<string, Entry>();
  /** Bumped by every event for a story, so a load that raced with one is not kept. */
  const generations = new Map<string, number>();
  const loading = new Map<string, Promise<Entry | null>>();

  function touch(id: string, entry: Entry): void {
    entries.delete(id);
    entries.set(id, entry);
    if (entries.size > maxStories) entries.delete(entries.keys().next().value as string);
  }

  async function load(id: string): Promise<Entry | null> {
    const generation = generations.get(id) ?? 0;
    const story = await store.getStory(id);
    if (story === null) return null;
    const [saved, reports] = await Promise.all([store.storyVersion(id), store.storyReports(id)]);
    const entry: Entry = { story, reports: new Map(reports.map((r) => [r.id, toReportView(r)])), version: saved === null ? null : versionOf(saved), body: null };
    if ((generations.get(id) ?? 0) === generation) touch(id, entry);
    return entry;
  }

  function addReport(entry: Entry, report: StoredReport): void {
    entry.reports.set(report.id, toReportView(report));
  }

  return {
    async detail(id) {
      let entry = entries.get(id) ?? null;
      if (entry === null) {
        let pending = loading.get(id);
        if (pending === undefined) {
          pending = load(id).finally(() => loading.delete(id));
          loading.set(id, pending);
        }
        entry = await pending;
        if (entry === null) return null;
      } else {
        touch(id, entry);
      }
      entry.body ??= bodyOf(entry);
      return entry.body;
    },
    onStreamEvent(event) {
      if (event.kind !== 'assigned' && event.kind !== 'brief' && event.kind !== 'brief-failed') return;
      const id = event.storyId;
      generations.set(id, (generations.get(id) ?? 0) + 1);
      const entry = entries.get(id);
      if (entry === undefined) return;
      // An event without the rows (a story marked built, a caller that does not pass them): read it again next time.
      if (event.kind === 'brief-failed' || event.story === undefined) {
        entries.delete(id);
        return;
      }
      if (event.kind === 'assigned') {
        if (event.report === undefined) {
          entries.delete(id);
          return;
        }
        addReport(entry, event.report);
      } else {
        if (event.saved !== undefined) {
          if (entry.version === null || event.saved.version >= entry.version.number) entry.version = versionOf(event.saved);
        } else if (entry.version?.number !== event.version) {
          // A new version this entry does not hold: read it again next time.
          entries.delete(id);
          return;
        }
      }
      entry.story = event.story;
      entry.body = null;
    },
  };
}
