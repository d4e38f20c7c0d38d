/** @module Puts chosen sentences in the order a reader should meet them. */
import type { Report } from '../types.js';
import type { Candidate } from './candidates.js';

/**
 * Orders by report date (`reportDates` when given, e.g. dates found in datelines, else each report's own) (undated reports keep their input order after the dated ones of the same rank),
 * then by position in the report: the summary reads as the story unfolded, and sentences of one report keep
 * their own order. Score order is never used: it reads as a list of disconnected claims.
 */
export function orderForReading(chosen: readonly Candidate[], reports: readonly Report[], reportDates?: readonly (string | null)[]): Candidate[] {
  const dateOf = (doc: number): string => reportDates?.[doc] ?? reports[doc]?.publishedAt ?? '';
  return [...chosen].sort((a, b) => {
    const da = dateOf(a.doc);
    const db = dateOf(b.doc);
    if (da !== '' && db !== '' && da !== db) return da < db ? -1 : 1;
    if (a.doc !== b.doc) return a.doc - b.doc;
    return a.sentence.index - b.sentence.index;
  });
}
