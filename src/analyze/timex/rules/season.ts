/** @module Seasons with a determiner or a year: "last fall", "this summer", "the early summer", "spring 1998". */
import { formatYear } from '../calendar.js';
import { SEASONS } from '../lexicon.js';
import type { TimexRule } from '../types.js';

/**
 * Bare "fall" and "spring" are verbs or nouns too often, so a season needs a determiner before it
 * or a year after it. "last fall" is the previous year's (as the TimeML annotators read it).
 */
export const seasonRule: TimexRule = {
  name: 'season',
  pattern: /\b(?:(last|this|next|the|this past|this coming)\s+)(?:(early|late|mid)[- ])?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(\d{4})\b)?|\b(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(\d{4})\b/gi,
  extract(m, ctx) {
    const seasonWord = (m[3] ?? m[5] ?? '').toLowerCase();
    const code = SEASONS.get(seasonWord);
    if (code === undefined) return null;
    const explicit = m[4] ?? m[6];
    if (explicit !== undefined) return { type: 'DATE', value: `${explicit}-${code}` };
    const which = (m[1] ?? '').toLowerCase();
    if (which === 'the' && /^(fall|spring)$/.test(seasonWord)) {
      // "the fall of the regime", "the spring offensive": only a time when followed by nothing noun-like.
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (/^\s+of\b/.test(next)) return null;
    }
    if (ctx.ref === null) return { type: 'DATE', value: `XXXX-${code}` };
    const shift = which === 'last' || which === 'this past' ? -1 : which === 'next' ? 1 : 0;
    return { type: 'DATE', value: `${formatYear(ctx.ref.year + shift)}-${code}` };
  },
};
