/** @module Pure calendar arithmetic and TIMEX3 value formatting on plain day dates (UTC, no clock). */
import type { DayDate } from './types.js';

const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD` (anything after the day, such as a clock time, is ignored); null when it is not a date. */
export function parseDayDate(value: string | null | undefined): DayDate | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toEpochDay(d: DayDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDay(n: number): DayDate {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: DayDate, days: number): DayDate {
  return fromEpochDay(toEpochDay(d) + days);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(d: DayDate, months: number): DayDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: DayDate, b: DayDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(d: DayDate): number {
  const js = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: DayDate): { readonly year: number; readonly week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export function quarterOf(d: DayDate): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(d: DayDate): string {
  return `${formatYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatWeek(d: DayDate): string {
  const w = isoWeek(d);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${formatYear(year)}-Q${quarter}`;
}

/** Moves a (year, quarter) pair by whole quarters. */
export function shiftQuarter(year: number, quarter: number, by: number): { readonly year: number; readonly quarter: number } {
  const index = year * 4 + (quarter - 1) + by;
  const y = Math.floor(index / 4);
  return { year: y, quarter: index - y * 4 + 1 };
}

export { pad as padNumber };
