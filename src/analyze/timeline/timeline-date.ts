/** @module Turns one tagged time expression into a timeline date (YYYY-MM-DD, YYYY-MM or YYYY), an unresolved note, or nothing. */
import type { Timex } from '../timex/index.js';
import { fillYear } from './fill-year.js';

export type TimelineDate =
  | { readonly kind: 'date'; readonly date: string; readonly inferred: boolean }
  | { readonly kind: 'unresolved'; readonly reason: string }
  | { readonly kind: 'skip' };

const SKIP: TimelineDate = { kind: 'skip' };

/** Longest window ("in the past 24 hours") still dated as the report's own day: one day. */
export const DEFAULT_MAX_WINDOW_HOURS = 24;

function weekToDate(year: number, week: number): string {
  // ISO week: the week with the year's first Thursday is week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = jan4 - jan4Weekday * 86_400_000 + (week - 1) * 7 * 86_400_000;
  const sunday = monday + 6 * 86_400_000;
  const a = new Date(monday).toISOString().slice(0, 7);
  const b = new Date(sunday).toISOString().slice(0, 7);
  // A week inside one month is that month; one that straddles two is only known to its year.
  return a === b ? a : a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : String(year);
}

function pastWindowHours(t: Timex): number | null {
  if (!/^(?:the\s+)?(?:past|last)\b/i.test(t.text)) return null;
  const h = /^PT(\d+)H$/.exec(t.value);
  if (h !== null) return Number(h[1]);
  const d = /^P(\d+)D$/.exec(t.value);
  return d === null ? null : Number(d[1]) * 24;
}

/**
 * The date of `timex` as a point on the story's timeline.
 *
 * @param reportDate the report's own day, or null when unknown.
 * @param reportInferred whether that day was itself inferred.
 * @param storyAnchor the story's reference day, used only for year-less dates in undated reports.
 */
export function timelineDate(timex: Timex, reportDate: string | null, reportInferred: boolean, storyAnchor: string | null): TimelineDate {
  const { value } = timex;
  if (timex.type === 'DURATION') {
    const hours = pastWindowHours(timex);
    if (hours === null || hours > DEFAULT_MAX_WINDOW_HOURS) return SKIP;
    return reportDate === null
      ? { kind: 'unresolved', reason: 'a window before an undated report' }
      : { kind: 'date', date: reportDate, inferred: reportInferred };
  }
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return SKIP;
  // "now", "recently", "soon": no point in time to place.
  if (value.endsWith('_REF')) return SKIP;
  const full = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(value);
  if (full !== null) {
    const date = [full[1], full[2], full[3]].filter((p) => p !== undefined).join('-');
    return { kind: 'date', date, inferred: reportInferred };
  }
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week !== null) return { kind: 'date', date: weekToDate(Number(week[1]), Number(week[2])), inferred: reportInferred };
  const coarse = /^(\d{4})-(?:Q\d|SP|SU|FA|WI|H\d)/.exec(value);
  if (coarse !== null) return { kind: 'date', date: coarse[1]!, inferred: reportInferred };
  const yearless = /^(XXXX-\d{2}(?:-\d{2})?)(?:T.*)?$/.exec(value);
  if (yearless !== null && reportDate === null && storyAnchor !== null) {
    const filled = fillYear(yearless[1]!, storyAnchor);
    if (filled !== null) return { kind: 'date', date: filled, inferred: true };
  }
  if (/^\d{3}X$|^\d{2}XX$/.test(value)) return SKIP; // decades and centuries: eras, not events
  return {
    kind: 'unresolved',
    reason: reportDate === null ? 'relative to an undated report' : 'not enough in the text to place it',
  };
}
