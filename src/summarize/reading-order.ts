/** @module Puts chosen sentences in the order a reader should meet them. */
import type { Report } from '../types.js';
import type { Candidate } from './candidates.js';
import { newestDocs } from './newest-development.js';

/**
 * Orders by report date (`reportDates` when given, e.g. dates found in datelines, else each report's own;
 * undated reports keep their input order), then by position in the report: the summary reads as the story
 * unfolded, and sentences of one report keep their own order. When the reports carry two or more dates, the
 * newest report's sentences come first: a reader meets the newest development, then what led to it. Score
 * order is never used: it reads as a list of disconnected claims.
 */
export function orderForReading(chosen: readonly Candidate[], reports: readonly Report[], reportDates?: readonly (string | null)[]): Candidate[] {
  const dateOf = (doc: number): string => reportDates?.[doc] ?? reports[doc]?.publishedAt ?? '';
  const newest = newestDocs(reports.length, dateOf);
  return [...chosen].sort((a, b) => {
    const na = newest.has(a.doc);
    if (na !== newest.has(b.doc)) return na ? -1 : 1;
    const da = dateOf(a.doc);
    const db = dateOf(b.doc);
    if (da !== '' && db !== '' && da !== db) return da < db ? -1 : 1;
    if (a.doc !== b.doc) return a.doc - b.doc;
    return a.sentence.index - b.sentence.index;
  });
}
