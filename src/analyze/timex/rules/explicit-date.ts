/** @module Calendar dates written out: "Dec. 6, 2016", "Monday, Oct. 26", "6 December 2016", "January 1998", "12/15/2016". */
import { anchorMonthDay } from '../anchor.js';
import { daysInMonth, formatDay, formatMonth, padNumber } from '../calendar.js';
import { MONTH_RE, WEEKDAY_RE, monthNumber } from '../lexicon.js';
import type { RuleContext, TimexRule, TimexValue } from '../types.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = "((?:1[5-9]|20)\\d\\d|'\\d\\d)";

function fullYear(raw: string): number {
  if (raw.startsWith("'")) {
    // "'98": the century nearest 1950-2049, the span the corpora cover.
    const yy = Number(raw.slice(1));
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }
  return Number(raw);
}

function dayValue(year: number, month: number, day: number): TimexValue | null {
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { type: 'DATE', value: formatDay({ year, month, day }) };
}

/**
 * A year-less day of a month takes the nearest year either way, whatever the clause's tense:
 * measured on the whole of TimeBank+AQUAINT, value F1 is 79.6 this way against 78.5 when tense
 * cues pick the direction and 77.1 when it always looks back ("payable Dec. 7", "through Oct. 19").
 */
const DATE_TENSE = 'none';

function yearlessDay(ctx: RuleContext, month: number, day: number): TimexValue | null {
  if (day < 1 || day > 31) return null;
  if (ctx.ref === null) return { type: 'DATE', value: `XXXX-${padNumber(month)}-${padNumber(day)}` };
  const d = anchorMonthDay(ctx.ref, month, day, DATE_TENSE);
  return d === null ? null : { type: 'DATE', value: formatDay(d) };
}

/** "Dec. 6, 2016", "Monday, Oct. 26, 1998", "December 6th 2016". */
export const monthDayYearRule: TimexRule = {
  name: 'month-day-year',
  pattern: new RegExp(`\\b(?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\s+${DAY},?\\s+${YEAR}(?![\\d,.]\\d)`, 'g'),
  extract(m) {
    const month = monthNumber(m[1] ?? '');
    return month === null ? null : dayValue(fullYear(m[3] ?? ''), month, Number(m[2]));
  },
};

/** "6 December 2016", "the 6th of December, 2016". */
export const dayMonthYearRule: TimexRule = {
  name: 'day-month-year',
  pattern: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+(${MONTH_RE}),?\\s+${YEAR}\\b`, 'g'),
  extract(m) {
    const month = monthNumber(m[2] ?? '');
    return month === null ? null : dayValue(fullYear(m[3] ?? ''), month, Number(m[1]));
  },
};

/** "Oct. 26", "Monday, Oct. 26", "December 6th": the year comes from the report date and the tense. */
export const monthDayRule: TimexRule = {
  name: 'month-day',
  pattern: new RegExp(`\\b(?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\s+${DAY}(?![\\d,.]?\\d|\\s*(?:%|percent|million|billion))`, 'g'),
  extract(m, ctx) {
    const month = monthNumber(m[1] ?? '');
    if (month === null) return null;
    return yearlessDay(ctx, month, Number(m[2]));
  },
};

/** "6 December", "the 6th of December". */
export const dayMonthRule: TimexRule = {
  name: 'day-month',
  pattern: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+(${MONTH_RE})\\b(?!\\s*\\d)`, 'g'),
  extract(m, ctx) {
    const month = monthNumber(m[2] ?? '');
    if (month === null) return null;
    return yearlessDay(ctx, month, Number(m[1]));
  },
};

/** "January 1998", "Jan. of 1998", "January this year", "June last year". */
export const monthYearRule: TimexRule = {
  name: 'month-year',
  pattern: new RegExp(`\\b(${MONTH_RE}),?\\s+(?:of\\s+)?(?:${YEAR}\\b|(this|last|next)\\s+year\\b)`, 'g'),
  extract(m, ctx) {
    const month = monthNumber(m[1] ?? '');
    if (month === null) return null;
    if (m[2] !== undefined) return { type: 'DATE', value: formatMonth(fullYear(m[2]), month) };
    if (ctx.ref === null) return { type: 'DATE', value: `XXXX-${padNumber(month)}` };
    const shift = m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0;
    return { type: 'DATE', value: formatMonth(ctx.ref.year + shift, month) };
  },
};

/** ISO "2016-12-15" and US numeric "12/15/2016" or "12/15/16". */
export const numericDateRule: TimexRule = {
  name: 'numeric-date',
  pattern: /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}))\b(?![/\d])/g,
  extract(m) {
    if (m[1] !== undefined) {
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? dayValue(Number(m[1]), month, Number(m[3])) : null;
    }
    const month = Number(m[4]);
    if (month < 1 || month > 12) return null;
    const rawYear = m[6] ?? '';
    const year = rawYear.length === 2 ? fullYear(`'${rawYear}`) : Number(rawYear);
    return dayValue(year, month, Number(m[5]));
  },
};

export const explicitDateRules: readonly TimexRule[] = [
  monthDayYearRule, dayMonthYearRule, monthDayRule, dayMonthRule, monthYearRule, numericDateRule,
];
