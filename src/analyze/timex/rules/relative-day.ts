/** @module Days named relative to the report: "today", "yesterday", "tomorrow", "tonight", "last night", "this morning". */
import { PARTS_OF_DAY } from '../lexicon.js';
import { dayFromRef } from '../values.js';
import type { TimexRule } from '../types.js';

const DAY_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0], ['the day before yesterday', -2], ['the day after tomorrow', 2],
]);

/** "today", "yesterday", "tomorrow", with an optional part of the day ("yesterday morning", "this afternoon"). */
export const relativeDayRule: TimexRule = {
  name: 'relative-day',
  pattern:
    /\b(?:(?:(morning|afternoon|evening|night)\s+)?(the day before yesterday|the day after tomorrow|today|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|tonight)\b/gi,
  extract(m, ctx) {
    const word = (m[2] ?? m[0]).toLowerCase();
    const offset = DAY_OFFSETS.get(word);
    if (offset === undefined) return null;
    const part = m[1] ?? m[3];
    const day = dayFromRef(ctx.ref, offset);
    if (word === 'tonight') return { type: 'TIME', value: `${day}TNI` };
    if (part === undefined) return { type: 'DATE', value: day };
    return { type: 'TIME', value: `${day}T${PARTS_OF_DAY.get(part.toLowerCase()) ?? ''}` };
  },
};

/** "this morning", "last night", "this evening": parts of the report's own day or the night before. */
export const partOfDayRule: TimexRule = {
  name: 'part-of-day',
  pattern: /\b(this|last|late last|early this)\s+(morning|afternoon|evening|night)\b/gi,
  extract(m, ctx) {
    const which = (m[1] ?? '').toLowerCase();
    const part = PARTS_OF_DAY.get((m[2] ?? '').toLowerCase()) ?? '';
    // "last night" is the evening before the report; "last morning" is not said, so only night moves back a day.
    const offset = which.endsWith('last') && part === 'NI' ? -1 : 0;
    if (which.endsWith('last') && part !== 'NI' && part !== 'EV') return null;
    return { type: 'TIME', value: `${dayFromRef(ctx.ref, which.endsWith('last') ? -1 : offset)}T${part}` };
  },
};

export const relativeDayRules: readonly TimexRule[] = [relativeDayRule, partOfDayRule];
