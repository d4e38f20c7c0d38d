/** @module Fixed and movable holidays: "Thanksgiving", "Christmas Eve", "New Year's Day", "Election Day", "Easter". */
import { addDays, daysBetween, daysInMonth, formatDay, isoWeekday } from '../calendar.js';
import type { DayDate, TimexRule } from '../types.js';

type HolidayRule = (year: number) => DayDate;

/** The n-th given weekday of a month (n = -1 for the last one). */
function nthWeekday(year: number, month: number, weekday: number, n: number): DayDate {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const end = { year, month, day: daysInMonth(year, month) };
  return addDays(end, -((isoWeekday(end) - weekday + 7) % 7));
}

/** Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easter(year: number): DayDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

const HOLIDAYS: ReadonlyArray<readonly [RegExp, HolidayRule]> = [
  [/^thanksgiving/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^christmas eve/i, (y) => ({ year: y, month: 12, day: 24 })],
  [/^christmas/i, (y) => ({ year: y, month: 12, day: 25 })],
  [/^new year's eve/i, (y) => ({ year: y, month: 12, day: 31 })],
  [/^new year's/i, (y) => ({ year: y, month: 1, day: 1 })],
  [/^(independence day|the fourth of july|fourth of july|july fourth)/i, (y) => ({ year: y, month: 7, day: 4 })],
  [/^halloween/i, (y) => ({ year: y, month: 10, day: 31 })],
  [/^valentine's day/i, (y) => ({ year: y, month: 2, day: 14 })],
  [/^labor day/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial day/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/^election day/i, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^easter/i, easter],
];

/** A holiday is the nearest occurrence on or before the report date, or after it when the clause looks ahead. */
export const holidayRule: TimexRule = {
  name: 'holiday',
  pattern: /\b(?:(last|this|next)\s+)?(Thanksgiving(?: Day)?|Christmas(?: Eve| Day)?|New Year's(?: Eve| Day)|Independence Day|(?:the )?Fourth of July|Halloween|Valentine's Day|Labor Day|Memorial Day|Election Day|Easter(?: Sunday)?)\b/g,
  extract(m, ctx) {
    const rule = HOLIDAYS.find(([re]) => re.test(m[2] ?? ''))?.[1];
    if (rule === undefined) return null;
    if (ctx.ref === null) return { type: 'DATE', value: 'XXXX-XX-XX' };
    const ref = ctx.ref;
    const which = m[1]?.toLowerCase();
    const tense = which === 'last' ? 'past' : which === 'next' ? 'future' : ctx.tenseAt(m.index, m.index + m[0].length);
    const thisYear = rule(ref.year);
    const diff = daysBetween(ref, thisYear);
    let day = thisYear;
    if (tense === 'future' && diff < 0) day = rule(ref.year + 1);
    else if (tense !== 'future' && diff > 0) day = rule(ref.year - 1);
    return { type: 'DATE', value: formatDay(day) };
  },
};
