/** @module Words that point at the present, past or future without a date: "now", "currently", "recently", "the future". */
import type { TimexRule } from '../types.js';

const PRESENT = /^(now|right now|currently|current|the current|nowadays|these days|at present|presently)$/i;
const PAST = /^(recently|recent|more recently|the past|lately|in the past)$/i;

/** Nouns after "current" that make it a noun phrase about electricity or accounts, not a time. */
const NOT_TEMPORAL_AFTER_CURRENT = /^\s+(account|accounts|affairs|flows?|of|and)\b/i;

/**
 * TimeML's PRESENT_REF / PAST_REF / FUTURE_REF. "now" must not be the first half of a compound
 * ("now-defunct"); "current", "recent" and "future" count only as adjectives before a word
 * ("recent declines", "future losses"), as TimeBank annotates them. "previously", "formerly" and
 * "as soon as" are left out: TimeBank annotates them in fewer than one case in five.
 */
export const refWordRule: TimexRule = {
  name: 'ref-word',
  pattern:
    /\b(?:right now|now|currently|nowadays|these days|at present|presently|recently|more recently|lately|the past|the future|the near future|the short term|the near term|soon|a later date|the current|current|recent|future)\b(?![-'])/gi,
  extract(m, ctx) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 24);
    const before = ctx.text.slice(Math.max(0, m.index - 4), m.index);
    const isAdjective = /^\s+[a-z]/.test(after);
    if (word === 'the current' || word === 'current') {
      if (NOT_TEMPORAL_AFTER_CURRENT.test(after) || !isAdjective) return null;
      return { type: 'DATE', value: 'PRESENT_REF' };
    }
    if (word === 'recent') return isAdjective ? { type: 'DATE', value: 'PAST_REF' } : null;
    if (word === 'future') return isAdjective && !/^\s+(of|and|or)\b/.test(after) ? { type: 'DATE', value: 'FUTURE_REF' } : null;
    if (word === 'soon' && (/\bas\s$/i.test(before) || /^\s+(as|after|afterwards?)\b/i.test(after))) return null;
    if (word === 'the past' && /^\s+(tense|participle)\b/.test(after)) return null;
    if (PRESENT.test(word)) return { type: 'DATE', value: 'PRESENT_REF' };
    if (PAST.test(word)) return { type: 'DATE', value: 'PAST_REF' };
    return { type: 'DATE', value: 'FUTURE_REF' };
  },
};
