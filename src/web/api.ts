/** @module The page's view of the HTTP API: the shapes it reads and the calls it makes. */
// The brief's shapes are the analyze stage's own types (type-only imports vanish from the browser build),
// so the page cannot drift from what the server sends.
import type { Entity, FigureClaim as Claim, FigureGroup, TimelineEvent } from '../analyze/types.js';
import type { SourceRef } from '../types.js';

export type { Claim, Entity, FigureGroup, TimelineEvent, SourceRef };

export interface StoryItem {
  readonly id: string;
  readonly title: string | null;
  readonly reports: number;
  readonly sources: number;
  readonly updated: string;
  readonly version: number;
  readonly isStale: boolean;
}

export interface Brief {
  readonly reports: readonly { readonly id: string; readonly title: string | null; readonly source: string | null; readonly date: string | null; readonly url: string | null }[];
  readonly summary: readonly { readonly text: string; readonly sources: readonly SourceRef[] }[];
  readonly figures: readonly FigureGroup[];
  readonly timeline: readonly TimelineEvent[];
  readonly entities: readonly Entity[];
}

export interface ReportView {
  readonly id: string;
  readonly status: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly nearDuplicateOf: string | null;
  readonly addedAt: string;
  readonly text?: string;
}

export interface StoryDetail {
  readonly story: StoryItem;
  readonly version: number | null;
  readonly createdAt: string | null;
  readonly versions: readonly number[];
  readonly changes: { readonly newReports?: readonly string[]; readonly newFigures?: readonly unknown[]; readonly changedFigures?: readonly unknown[] } | null;
  readonly brief: Brief | null;
  readonly reports: readonly ReportView[];
}

export interface FeedView {
  readonly url: string;
  readonly title: string | null;
  readonly lastPolledAt: string | null;
  readonly lastError: string | null;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const fetchStories = (q: string): Promise<StoryItem[]> => getJson(`/api/stories?limit=200${q === '' ? '' : `&q=${encodeURIComponent(q)}`}`);
export const fetchFeeds = (): Promise<FeedView[]> => getJson('/api/feeds');
export const fetchStory = (id: string): Promise<StoryDetail> => getJson(`/api/stories/${encodeURIComponent(id)}`);

const reportCache = new Map<string, Promise<ReportView>>();
/** Report texts never change once stored, so each is fetched once per page load. */
export function fetchReport(id: string): Promise<ReportView> {
  let cached = reportCache.get(id);
  if (cached === undefined) {
    cached = getJson<ReportView>(`/api/reports/${encodeURIComponent(id)}`);
    cached.catch(() => reportCache.delete(id));
    reportCache.set(id, cached);
  }
  return cached;
}
