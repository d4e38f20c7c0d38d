/** @module Calendar units counted from the report date: "last week", "this month", "next year", "two weeks ago", "a year earlier". */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear } from '../calendar.js';
import { NUMBER_RE, parseAmount, unitInfo } from '../lexicon.js';
import { decadeFromRef, monthFromRef, quarterFromRef, weekFromRef, yearFromRef } from '../values.js';
import type { DayDate, TimexRule, TimexValue } from '../types.js';

function shiftOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (['last', 'the last', 'past', 'the past', 'the previous', 'previous', 'a year ago', 'this past'].includes(w)) return -1;
  if (['this', 'the current', 'current', 'the present', 'this current'].includes(w)) return 0;
  if (['next', 'the next', 'the coming', 'coming', 'the following', 'this coming'].includes(w)) return 1;
  return null;
}

function unitValue(ref: DayDate | null, unit: string, shift: number): TimexValue | null {
  switch (unit) {
    case 'week': return { type: 'DATE', value: weekFromRef(ref, shift) };
    case 'weekend': return { type: 'DATE', value: `${weekFromRef(ref, shift === 0 && ref !== null ? 0 : shift)}-WE` };
    case 'month': return { type: 'DATE', value: monthFromRef(ref, shift) };
    case 'quarter': return { type: 'DATE', value: quarterFromRef(ref, shift) };
    case 'year': return { type: 'DATE', value: yearFromRef(ref, shift) };
    case 'decade': return { type: 'DATE', value: decadeFromRef(ref, shift) };
    default: return null;
  }
}

/** "last week" (the ISO week before the report's), "this year", "next month", "the past year", "the coming weekend". */
export const relativeUnitRule: TimexRule = {
  name: 'relative-unit',
  pattern: /\b(last|this past|this coming|this|next|the past|the last|the previous|the current|the coming|the following)\s+(week|weekend|month|quarter|year|decade)\b(?!s|-long|\s+(?:old|or so)\b)/gi,
  extract(m, ctx) {
    const shift = shiftOf(m[1] ?? '');
    if (shift === null) return null;
    return unitValue(ctx.ref, (m[2] ?? '').toLowerCase(), shift);
  },
};

/** "the weekend": the one just past in a past-tense clause, the coming one otherwise. */
export const weekendRule: TimexRule = {
  name: 'weekend',
  pattern: /\b(?:the|this)\s+weekend\b/gi,
  extract(m, ctx) {
    if (ctx.ref === null) return { type: 'DATE', value: 'XXXX-WXX-WE' };
    const tense = ctx.tenseAt(m.index, m.index + m[0].length);
    const weekday = new Date(Date.UTC(ctx.ref.year, ctx.ref.month - 1, ctx.ref.day)).getUTCDay();
    // Before Friday, a past-tense "the weekend" is the previous week's.
    const back = tense !== 'future' && weekday >= 1 && weekday <= 4 ? -1 : 0;
    return { type: 'DATE', value: `${formatWeek(addDays(ctx.ref, back * 7))}-WE` };
  },
};

/**
 * "two weeks ago", "a month ago", "42 years ago", "three days earlier": a point before the report
 * date at the unit's own granularity (day, month or year). "a year ago" and "a year earlier" also
 * get a discourse fix-up later (see `resolveAnaphora`) because business news uses them for
 * "the same quarter last year".
 */
export const agoRule: TimexRule = {
  name: 'ago',
  pattern: new RegExp(`\\b(?:(?:about|nearly|almost|some|more than|less than|over|just|only|roughly)\\s+)?(${NUMBER_RE})\\s+(days?|weeks?|months?|years?|decades?)\\s+(ago|earlier|before|later|from now|hence)\\b`, 'gi'),
  extract(m, ctx) {
    const amount = parseAmount(m[1] ?? '');
    const unit = unitInfo(m[2] ?? '');
    if (amount === null || unit === null) return null;
    const direction = (m[3] ?? '').toLowerCase();
    const sign = /ago|earlier|before/.test(direction) ? -1 : 1;
    // TimeBank marks "three days later" and "a day earlier" as the length between two events; only
    // "ago" (anchored on the report) and the business idiom "a year earlier" are dates.
    const isYearBack = /^(a|one)$/i.test(m[1] ?? '') && /^years?$/i.test(m[2] ?? '');
    if (direction !== 'ago' && !isYearBack) {
      if (amount === 'X') return { type: 'DURATION', value: `P${unit.isTime ? 'T' : ''}X${unit.letter}` };
      return { type: 'DURATION', value: `P${amount}${unit.letter}` };
    }
    if (amount === 'X' || ctx.ref === null) {
      return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    }
    const ref = ctx.ref;
    const n = Math.round(amount) * sign;
    switch (unit.granularity) {
      case 'day': return { type: 'DATE', value: formatDay(addDays(ref, n)) };
      case 'week': return { type: 'DATE', value: formatWeek(addDays(ref, n * 7)) };
      case 'month': {
        const d = addMonths(ref, n);
        return { type: 'DATE', value: formatMonth(d.year, d.month) };
      }
      case 'year': return { type: 'DATE', value: formatYear(ref.year + n) };
      case 'decade': return { type: 'DATE', value: formatYear(ref.year + n * 10) };
      default: return null;
    }
  },
};

/** "year-earlier", "year-ago", "the year-ago quarter", "the year-earlier period": a quarter or year one year back. */
export const yearAgoRule: TimexRule = {
  name: 'year-ago',
  pattern: /\b(?:the\s+)?(?:same\s+)?(?:year-earlier|year-ago|prior-year|a-year-earlier|year-before)(?:\s+(?:fiscal\s+)?(?:quarter|period|third quarter|second quarter|first quarter|fourth quarter))?(?!\s+(?:nine|six|three|twelve)\s+months)/gi,
  extract(m, ctx) {
    const isQuarter = /quarter|period/i.test(m[0]);
    return { type: 'DATE', value: isQuarter ? quarterFromRef(ctx.ref, -5) : yearFromRef(ctx.ref, -1) };
  },
};

export const relativeUnitRules: readonly TimexRule[] = [relativeUnitRule, weekendRule, agoRule, yearAgoRule];
