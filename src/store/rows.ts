/** @module Zod schemas of the store's rows: every row read back is checked before the core sees it. */
import { z } from 'zod';
import type { MetaOrigin, NonArticleRange, Report } from '../types.js';
import type { Feed, StoredReport, StorySummary, StoryVersion } from './store.js';

const timestamp = z.union([z.date(), z.string()]).transform((value) => new Date(value).toISOString());
const nullableTimestamp = timestamp.nullable();
const count = z.union([z.number(), z.string(), z.bigint()]).transform((value) => Number(value));

const nonArticleSchema = z.array(z.object({ start: z.number(), end: z.number(), kind: z.enum(['caption', 'credit', 'repeated-headline', 'navigation', 'byline', 'headline', 'furniture', 'dateline', 'lead-in']) }));
const originSchema = z.enum(['json-ld', 'open-graph', 'meta', 'time-element', 'dateline', 'sidecar', 'flag', 'dataset', 'file', 'inferred']);
const originsSchema = z.partialRecord(z.enum(['title', 'source', 'publishedAt', 'url', 'author']), originSchema);

export const reportRowSchema = z.object({
  id: z.string(),
  status: z.enum(['queued', 'pending', 'assigned', 'duplicate', 'failed']),
  fetch_url: z.string().nullable(),
  feed_url: z.string().nullable(),
  url: z.string().nullable(),
  path: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  published_at: z.string().nullable(),
  author: z.string().nullable(),
  text: z.string().nullable(),
  non_article: nonArticleSchema,
  origins: originsSchema,
  story_id: z.string().nullable(),
  similarity: z.number().nullable(),
  near_duplicate_of: z.string().nullable(),
  duplicate_of: z.string().nullable(),
  attempts: count,
  error: z.string().nullable(),
  added_at: timestamp,
});

export function toStoredReport(row: unknown): StoredReport {
  const r = reportRowSchema.parse(row);
  const report: Report = {
    id: r.id,
    text: r.text ?? '',
    title: r.title,
    source: r.source,
    publishedAt: r.published_at,
    path: r.path,
    url: r.url,
    nonArticle: r.non_article as readonly NonArticleRange[],
    origins: r.origins as Partial<Record<'title' | 'source' | 'publishedAt' | 'url' | 'author', MetaOrigin>>,
    author: r.author,
  };
  return {
    id: r.id,
    status: r.status,
    fetchUrl: r.fetch_url,
    feedUrl: r.feed_url,
    report,
    storyId: r.story_id,
    similarity: r.similarity,
    nearDuplicateOf: r.near_duplicate_of,
    duplicateOf: r.duplicate_of,
    attempts: r.attempts,
    error: r.error,
    addedAt: r.added_at,
  };
}

/** A story's headline as saved (`Headline` in types.ts). */
export const headlineSchema = z.object({
  text: z.string(),
  kind: z.enum(['title', 'lead']),
  report: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});

const storyRowSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  headline: headlineSchema.nullable(),
  created_at: timestamp,
  last_report_at: timestamp,
  report_count: count,
  independent_count: count,
  revision: count,
  built_revision: count,
  dirty_since: nullableTimestamp,
  latest_version: count,
  brief_failures: count,
  brief_error: z.string().nullable(),
  brief_retry_at: nullableTimestamp,
});

export function toStorySummary(row: unknown): StorySummary {
  const s = storyRowSchema.parse(row);
  return {
    id: s.id,
    title: s.title,
    headline: s.headline,
    createdAt: s.created_at,
    lastReportAt: s.last_report_at,
    reportCount: s.report_count,
    independentCount: s.independent_count,
    revision: s.revision,
    builtRevision: s.built_revision,
    dirtySince: s.dirty_since,
    latestVersion: s.latest_version,
    briefFailures: s.brief_failures,
    briefError: s.brief_error,
    briefRetryAt: s.brief_retry_at,
  };
}

const versionRowSchema = z.object({
  story_id: z.string(),
  version: count,
  created_at: timestamp,
  report_ids: z.array(z.string()),
  brief: z.unknown(),
  changes: z.unknown(),
});

export function toStoryVersion(row: unknown): StoryVersion {
  const v = versionRowSchema.parse(row);
  return { storyId: v.story_id, version: v.version, createdAt: v.created_at, reportIds: v.report_ids, brief: v.brief, changes: v.changes };
}

const feedRowSchema = z.object({
  url: z.string(),
  title: z.string().nullable(),
  added_at: timestamp,
  etag: z.string().nullable(),
  last_modified: z.string().nullable(),
  last_polled_at: nullableTimestamp,
  next_poll_at: timestamp,
  error_count: count,
  last_error: z.string().nullable(),
  last_status: count.nullable(),
});

export function toFeed(row: unknown): Feed {
  const f = feedRowSchema.parse(row);
  return {
    url: f.url,
    title: f.title,
    addedAt: f.added_at,
    etag: f.etag,
    lastModified: f.last_modified,
    lastPolledAt: f.last_polled_at,
    nextPollAt: f.next_poll_at,
    errorCount: f.error_count,
    lastError: f.last_error,
    lastStatus: f.last_status,
  };
}

export const assignerRowSchema = z.object({ state: z.unknown() });
export const idRowSchema = z.object({ id: z.string() });
export const reportIdRowSchema = z.object({ report_id: z.string() });
export const countOnlyRowSchema = z.object({ n: count });
export const countRowSchema = z.object({ status: z.string(), n: count });
