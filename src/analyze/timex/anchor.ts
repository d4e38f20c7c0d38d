/** @module Places underspecified dates (a weekday, a month, a day of a month) relative to the report date. */
import { addDays, daysBetween, daysInMonth, isoWeekday } from './calendar.js';
import type { DayDate, Tense } from './types.js';

/**
 * The weekday nearest the reference date in the direction the tense points: past (and no cue)
 * gives the one on or before the reference date, future the one on or after it.
 * News reports mostly tell what already happened, hence the past default.
 */
export function anchorWeekday(ref: DayDate, weekday: number, tense: Tense): DayDate {
  const today = isoWeekday(ref);
  if (tense === 'future') return addDays(ref, (weekday - today + 7) % 7);
  return addDays(ref, -((today - weekday + 7) % 7));
}

/**
 * The year of a year-less month: the nearest one on or before the reference month in a past-tense
 * clause, on or after it when the clause looks ahead, and the nearest either way without a cue.
 */
export function anchorMonthYear(ref: DayDate, month: number, tense: Tense): number {
  if (tense === 'future') return month >= ref.month ? ref.year : ref.year + 1;
  if (tense === 'past') return month <= ref.month ? ref.year : ref.year - 1;
  // No cue: the nearest such month, ties going back.
  const back = month <= ref.month ? ref.year : ref.year - 1;
  const ahead = month >= ref.month ? ref.year : ref.year + 1;
  const gapBack = (ref.year - back) * 12 + ref.month - month;
  const gapAhead = (ahead - ref.year) * 12 + month - ref.month;
  return gapAhead < gapBack ? ahead : back;
}

/**
 * A year-less day of a month: the nearest occurrence before the reference date in a past-tense
 * clause, after it when the clause looks ahead, and the nearest either way without a cue (measured
 * on TimeBank: "payable Dec. 7" in an October report is this December). Returns null for a day the
 * month never has (February 30).
 */
export function anchorMonthDay(ref: DayDate, month: number, day: number, tense: Tense): DayDate | null {
  if (day < 1 || day > 31) return null;
  const candidates: DayDate[] = [];
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    if (day <= daysInMonth(year, month)) candidates.push({ year, month, day });
  }
  if (candidates.length === 0) return null;
  if (tense === 'future') return candidates.find((c) => daysBetween(ref, c) >= 0) ?? null;
  const before = candidates.filter((c) => daysBetween(ref, c) <= 0);
  const latestBefore = before[before.length - 1] ?? null;
  if (tense === 'past') return latestBefore;
  // No cue: the nearest occurrence either way, ties going back.
  const after = candidates.find((c) => daysBetween(ref, c) > 0) ?? null;
  if (latestBefore === null) return after;
  if (after === null) return latestBefore;
  return daysBetween(ref, after) < -daysBetween(ref, latestBefore) ? after : latestBefore;
}
