/** @module Store rows into the API's JSON: story list items and reports without their text. */
import type { StoredReport, StorySummary } from '../store/index.js';
import { storyTitle } from '../brief/index.js';

export function toStoryListItem(story: StorySummary) {
  return {
    id: story.id,
    title: storyTitle(story),
    headline: story.headline,
    reports: story.reportCount,
    sources: story.independentCount,
    updated: story.lastReportAt,
    version: story.latestVersion,
    isStale: story.revision > story.builtRevision,
  };
}

export function toReportView(stored: StoredReport, withText = false) {
  const r = stored.report;
  return {
    id: stored.id,
    status: stored.status,
    story: stored.storyId,
    title: r.title,
    source: r.source,
    publishedAt: r.publishedAt,
    url: r.url ?? stored.fetchUrl,
    nearDuplicateOf: stored.nearDuplicateOf,
    addedAt: stored.addedAt,
    error: stored.error,
    origins: r.origins ?? {},
    ...(withText ? { text: r.text } : {}),
  };
}
