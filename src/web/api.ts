/** @module The page's view of the HTTP API: the shapes it reads and the calls it makes. */
// The brief's shapes are the analyze stage's own types (type-only imports vanish from the browser build),
// so the page cannot drift from what the server sends.
import type { Entity, FigureClaim as Claim, FigureGroup, KeyFigure, ReportDate, TimelineEvent } from '../analyze/index.js';
import type { SourceRef } from '../types.js';

export type { Claim, Entity, FigureGroup, KeyFigure, ReportDate, TimelineEvent, SourceRef };

export interface StoryItem {
  readonly id: string;
  /** The headline (never empty); `headline` says where it comes from. */
  readonly title: string;
  readonly headline: { readonly text: string; readonly kind: 'title' | 'lead'; readonly report: string; readonly start: number | null; readonly end: number | null } | null;
  readonly reports: number;
  readonly sources: number;
  readonly updated: string;
  readonly version: number;
  readonly isStale: boolean;
}

export interface Brief {
  readonly reports: readonly { readonly id: string; readonly title: string | null; readonly source: string | null; readonly date: string | null; readonly dateOrigin?: 'metadata' | 'dateline' | 'caption' | null; readonly url: string | null }[];
  readonly summary: readonly { readonly text: string; readonly sources: readonly SourceRef[] }[];
  readonly figures: readonly FigureGroup[];
  readonly timeline: readonly TimelineEvent[];
  readonly entities: readonly Entity[];
  /** How each report's date was found (metadata, dateline, unknown); absent in briefs stored before it existed. */
  readonly reportDates?: readonly ReportDate[];
  /** The story's headline numbers, one per measure (the figures stage adds them; absent in older briefs). */
  readonly keyFigures?: readonly KeyFigure[];
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
  readonly error?: string | null;
  /** Where the title, source and date came from (metadata, dateline, ...), when known. */
  readonly origins?: Readonly<Record<string, string>>;
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

/** The key a clickable span is found by again after a re-render (main.ts keeps the open one marked). */
export function refKey(ref: SourceRef): string {
  return `${ref.report}:${ref.start}:${ref.end}`;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const fetchStories = (q: string): Promise<StoryItem[]> => getJson(`/api/stories?limit=200${q === '' ? '' : `&q=${encodeURIComponent(q)}`}`);
export const fetchFeeds = (): Promise<FeedView[]> => getJson('/api/feeds');
/** The latest version, or `version` when given. */
export const fetchStory = (id: string, version?: number): Promise<StoryDetail> => getJson(`/api/stories/${encodeURIComponent(id)}${version === undefined ? '' : `?version=${version}`}`);

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

export interface PostResult {
  readonly ok: boolean;
  readonly status: number;
  /** The API's JSON answer; on an error, `{ error }` says what was expected and what was found. */
  readonly body: { readonly error?: string; readonly id?: string; readonly story?: string | null; readonly status?: string; readonly isNew?: boolean; readonly url?: string };
}

/** POSTs JSON to a write route, with the API key when one is given. */
export async function postJson(path: string, body: unknown, apiKey: string): Promise<PostResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (apiKey !== '') headers.authorization = `Bearer ${apiKey}`;
  const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
  const parsed = (await response.json().catch(() => ({}))) as PostResult['body'];
  return { ok: response.ok, status: response.status, body: typeof parsed === 'object' && parsed !== null ? parsed : {} };
}

/** Unsubscribes from a feed (its stored reports stay); `{ error }` on a refusal, as for a POST. */
export async function deleteFeed(url: string, apiKey: string): Promise<PostResult> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (apiKey !== '') headers.authorization = `Bearer ${apiKey}`;
  const response = await fetch(`/api/feeds?url=${encodeURIComponent(url)}`, { method: 'DELETE', headers });
  const parsed = response.status === 204 ? {} : ((await response.json().catch(() => ({}))) as PostResult['body']);
  return { ok: response.ok, status: response.status, body: typeof parsed === 'object' && parsed !== null ? parsed : {} };
}

/** One report's state without the text cache (it changes while it is fetched). */
export const fetchReportState = (id: string): Promise<ReportView & { readonly story?: string | null }> => getJson(`/api/reports/${encodeURIComponent(id)}`);
