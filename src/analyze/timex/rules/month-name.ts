/** @module A month named alone: "January", "last April", "this September", "next March". */
import { anchorMonthYear } from '../anchor.js';
import { formatMonth, padNumber } from '../calendar.js';
import { monthNumber } from '../lexicon.js';
import type { TimexRule } from '../types.js';

/**
 * Abbreviations alone ("Dec") are too often something else, so only full names stand alone;
 * "May" needs a determiner or a preposition of time before it ("in May", "last May").
 */
const FULL_MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December)';

export const monthNameRule: TimexRule = {
  name: 'month-name',
  pattern: new RegExp(
    `\\b(?:(last|this|next|this coming|this past)\\s+)?(${FULL_MONTH}|(?<=\\b(?:in|last|this|next|since|until|by|early|late|mid-)\\s?)May)\\b(?!\\s+\\d)`,
    'g',
  ),
  extract(m, ctx) {
    const month = monthNumber(m[2] ?? '');
    if (month === null) return null;
    if (ctx.ref === null) return { type: 'DATE', value: `XXXX-${padNumber(month)}` };
    const ref = ctx.ref;
    const which = m[1];
    if (which === 'last' || which === 'this past') {
      // "last April" is the most recent April before the report's month.
      return { type: 'DATE', value: formatMonth(month < ref.month ? ref.year : ref.year - 1, month) };
    }
    if (which === 'next' || which === 'this coming') {
      return { type: 'DATE', value: formatMonth(month > ref.month ? ref.year : ref.year + 1, month) };
    }
    if (which === 'this') return { type: 'DATE', value: formatMonth(ref.year, month) };
    const year = anchorMonthYear(ref, month, ctx.tenseAt(m.index, m.index + m[0].length));
    return { type: 'DATE', value: formatMonth(year, month) };
  },
};

