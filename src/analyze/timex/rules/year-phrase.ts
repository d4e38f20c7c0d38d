/** @module The year as a business period: "the fiscal year", "the current fiscal year", "the full year", "year-end", "the year". */
import { yearFromRef } from '../values.js';
import type { TimexRule } from '../types.js';

/**
 * "the (current|latest|next) (fiscal|full|calendar) year" and bare "the year". A year "ended" or
 * "ending" on some day is a length in TimeBank ("net income for the year ended March 31" is
 * P1Y); otherwise it is the year itself, the report's own unless "latest"/"previous" or "next".
 */
export const fiscalYearRule: TimexRule = {
  name: 'fiscal-year',
  pattern: /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:(current|latest|last|previous|prior|past|next|coming|new|same|entire|whole)\s+)?(?:(fiscal|full|calendar|financial|model|school)[- ])?year\b(?!s|-|'s\s+(?:first|second|third|fourth)|\s+(?:earlier|ago|before|later|after)\b)/g,
  extract(m, ctx) {
    const which = m[1]?.toLowerCase();
    const kind = m[2]?.toLowerCase();
    if (which === undefined && kind === undefined && !/^the\s/i.test(m[0])) return null;
    // "the last/past/next year" without "fiscal" is the relative-unit rule's.
    if (kind === undefined && which !== undefined && which !== 'current' && which !== 'latest' && which !== 'same' && which !== 'entire' && which !== 'whole') return null;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/^\s+(?:that\s+)?(?:ended|ending|ends|to)\b/i.test(after)) return { type: 'DURATION', value: 'P1Y' };
    const shift = which === 'latest' || which === 'last' || which === 'previous' || which === 'prior' || which === 'past' ? -1
      : which === 'next' || which === 'coming' || which === 'new' ? 1 : 0;
    return { type: 'DATE', value: yearFromRef(ctx.ref, shift) };
  },
};

/** "year-end", "year end", "year's end": the end of the report's year (TimeML keeps the year and marks the end in `mod`). */
export const yearEndRule: TimexRule = {
  name: 'year-end',
  pattern: /\b(?:the\s+)?(?:year-end|year end|year's end)\b(?!\s+(?:bonus|dividend|results|report|tally)\b)/gi,
  extract(_m, ctx) {
    return { type: 'DATE', value: yearFromRef(ctx.ref, 0) };
  },
};

/** "that year", "the same month", "the following day": anchored later on the date last mentioned (see `resolveAnaphora`). */
export const anaphoricUnitRule: TimexRule = {
  name: 'anaphoric-unit',
  pattern: /\b(?:[Tt]hat|[Tt]he same|[Tt]he following|[Tt]he previous|[Tt]he preceding|[Tt]he prior)\s+(day|week|month|year)\b(?!s|-)/g,
  extract(m) {
    const unit = (m[1] ?? '').toLowerCase();
    const value = unit === 'day' ? 'XXXX-XX-XX' : unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX';
    return { type: 'DATE', value };
  },
};

export const yearPhraseRules: readonly TimexRule[] = [fiscalYearRule, yearEndRule, anaphoricUnitRule];
