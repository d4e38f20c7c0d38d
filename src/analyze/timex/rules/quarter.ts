/** @module Fiscal and calendar quarters and halves: "the third quarter", "third-quarter", "the 1988 second quarter", "the latest quarter", "first half". */
import { formatQuarter, quarterOf } from '../calendar.js';
import { ORDINALS } from '../lexicon.js';
import { quarterFromRef } from '../values.js';
import type { TimexRule } from '../types.js';

const ORDINAL_RE = '(first|second|third|fourth|1st|2nd|3rd|4th)';

/**
 * A numbered quarter takes the report's year, or the year before when that quarter has not begun
 * by the report date and the clause does not look ahead (a February report on "the fourth quarter"
 * means last year's). An explicit year or "last year's"/"next year's" wins.
 */
export const numberedQuarterRule: TimexRule = {
  name: 'numbered-quarter',
  pattern: new RegExp(
    `(?:\\b(?:the|its|their|this|last|next|a)\\s+)?(?:\\b(this|last|next) year's\\s+)?(?:\\b(year-earlier|year-ago|current|latest|same|fiscal|calendar|comparable)\\s+)?(?:\\b(\\d{4})(?:\\s+fiscal)?\\s+)?\\b${ORDINAL_RE}(?:-|\\s+)(?:fiscal[- ])?(quarter|period)s?\\b(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4})\\b)?`,
    'gi',
  ),
  extract(m, ctx) {
    const quarter = ORDINALS.get((m[4] ?? '').toLowerCase());
    if (quarter === undefined) return null;
    if (m[5]?.toLowerCase() === 'period' && m[3] === undefined) return null;
    const explicit = m[6] ?? m[3];
    if (explicit !== undefined) return { type: 'DATE', value: formatQuarter(Number(explicit), quarter) };
    if (ctx.ref === null) return { type: 'DATE', value: `XXXX-Q${quarter}` };
    let year = ctx.ref.year;
    const yearWord = m[1]?.toLowerCase();
    if (yearWord === 'last') year -= 1;
    else if (yearWord === 'next') year += 1;
    else if (/year-(earlier|ago)/i.test(m[2] ?? '')) year -= 1;
    else if (yearWord === undefined && quarter > quarterOf(ctx.ref) && ctx.tenseAt(m.index, m.index + m[0].length) !== 'future') year -= 1;
    return { type: 'DATE', value: formatQuarter(year, quarter) };
  },
};

/**
 * "the quarter", "the latest quarter", "the current quarter", "the most recent period": in earnings
 * news the quarter being reported is the last complete one before the report date.
 */
export const currentQuarterRule: TimexRule = {
  name: 'current-quarter',
  pattern: /\b(the|its|this|last|next|the latest|the most recent|the current|the just-ended|the recent|the latest fiscal|the past|the previous|the prior|the coming|the following)\s+(quarter|period)\b(?!s|ly|-)/gi,
  extract(m, ctx) {
    const which = (m[1] ?? '').toLowerCase();
    if ((m[2] ?? '').toLowerCase() === 'period' && !/latest|recent|just-ended/.test(which)) return null;
    if (which === 'this' || which === 'the current') return { type: 'DATE', value: quarterFromRef(ctx.ref, 0) };
    if (which === 'next' || which === 'the coming' || which === 'the following') return { type: 'DATE', value: quarterFromRef(ctx.ref, 1) };
    return { type: 'DATE', value: quarterFromRef(ctx.ref, -1) };
  },
};

/** "the first half", "the second half of 1999", "first-half": TimeML `H1`/`H2`. */
export const halfRule: TimexRule = {
  name: 'half-year',
  pattern: /\b(?:the\s+)?(?:(this|last|next) year's\s+)?(first|second)(?:-|\s+)half\b(?:\s+of\s+(?:(\d{4})|(this|last|next) year)\b)?/gi,
  extract(m, ctx) {
    const half = (m[2] ?? '').toLowerCase() === 'first' ? 1 : 2;
    if (m[3] !== undefined) return { type: 'DATE', value: `${m[3]}-H${half}` };
    if (ctx.ref === null) return { type: 'DATE', value: `XXXX-H${half}` };
    const word = (m[1] ?? m[4])?.toLowerCase();
    const shift = word === 'last' ? -1 : word === 'next' ? 1 : 0;
    return { type: 'DATE', value: `${ctx.ref.year + shift}-H${half}` };
  },
};

/** "the 1988 period", "the 1988 quarter": the year's quarter that the text is about (settled in `resolveAnaphora`). */
export const yearPeriodRule: TimexRule = {
  name: 'year-period',
  pattern: /\bthe\s+((?:1[6-9]|20)\d\d)\s+(?:period|quarter)\b(?!s)/gi,
  extract(m) {
    return { type: 'DATE', value: m[1] ?? '' };
  },
};

export const quarterRules: readonly TimexRule[] = [numberedQuarterRule, currentQuarterRule, halfRule, yearPeriodRule];
