/** @module Weekdays: "Tuesday", "last Friday", "next Monday", "Wednesday night", "the previous Friday". */
import { anchorWeekday } from '../anchor.js';
import { addDays, formatDay } from '../calendar.js';
import { PARTS_OF_DAY, WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { Tense, TimexRule } from '../types.js';

function directionOf(modifier: string | undefined): Tense | 'last' | 'next' | null {
  if (modifier === undefined) return null;
  const m = modifier.toLowerCase();
  if (m === 'last' || m === 'the previous' || m === 'this past' || m === 'past') return 'last';
  if (m === 'next' || m === 'the following' || m === 'the next' || m === 'coming' || m === 'this coming') return 'next';
  return null;
}

/**
 * A weekday is the one on or before the report date in a past-tense clause ("said Tuesday") and the
 * one on or after it when the clause looks ahead ("will meet Tuesday"). "last Friday" is always
 * before the report date and "next Friday" after it.
 */
export const weekdayRule: TimexRule = {
  name: 'weekday',
  pattern: new RegExp(
    `(?:\\b(last|next|this|this past|this coming|coming|the previous|the following|the next|past)\\s+)?\\b(${WEEKDAY_RE})(?:\\s+(morning|afternoon|evening|night|overnight)\\b)?(?!s\\b)`,
    'gi',
  ),
  extract(m, ctx) {
    const name = m[2] ?? '';
    // Weekday names are capitalised in news; a lower-case match is a word inside a name or noise.
    if (name[0] !== name[0]?.toUpperCase()) return null;
    const weekday = weekdayNumber(name);
    if (weekday === null) return null;
    const part = m[3] === undefined ? '' : `T${PARTS_OF_DAY.get(m[3].toLowerCase()) ?? ''}`;
    if (ctx.ref === null) return { type: 'DATE', value: `XXXX-WXX-${weekday}${part}` };
    const direction = directionOf(m[1]);
    let day;
    if (direction === 'last') day = anchorWeekday(addDays(ctx.ref, -1), weekday, 'past');
    else if (direction === 'next') day = anchorWeekday(addDays(ctx.ref, 1), weekday, 'future');
    else day = anchorWeekday(ctx.ref, weekday, ctx.tenseAt(m.index, m.index + m[0].length));
    return { type: 'DATE', value: `${formatDay(day)}${part}` };
  },
};
