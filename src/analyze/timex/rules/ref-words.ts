/** @module Words that point at the present, past or future without a date: "now", "currently", "recently", "the future". */
import type { TimexRule } from '../types.js';

const PRESENT = /^(now|right now|currently|current|nowadays|these days|at present|the present|presently|today's)$/i;
const PAST = /^(recently|recent|more recently|the past|previously|formerly|lately|once|earlier|in the past)$/i;

/**
 * TimeML's PRESENT_REF / PAST_REF / FUTURE_REF. "now" must not be the first half of a compound
 * ("now-defunct") and "current" must qualify something temporal rather than be the noun.
 */
export const refWordRule: TimexRule = {
  name: 'ref-word',
  pattern:
    /\b(?:right now|now|currently|nowadays|these days|at present|presently|recently|more recently|lately|previously|formerly|the past|the future|the near future|the foreseeable future|the short term|the long term|the near term|soon|a later date|the current|current|recent)\b(?![-'])/gi,
  extract(m, ctx) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (word === 'the current' || word === 'current') {
      // "current account", "electric current", "the current" (noun) are not times.
      if (/^\s+(account|accounts|affairs|events|flows?|of|and|,|\.|price|prices|dollars)\b/i.test(after) || !/^\s+[a-z]/.test(after)) return null;
      return { type: 'DATE', value: 'PRESENT_REF' };
    }
    if (word === 'recent') {
      if (!/^\s+(years?|months?|weeks?|days?|times|history|decades?|past|trading|sessions?|quarters?|period)\b/i.test(after)) return null;
      return { type: 'DATE', value: 'PAST_REF' };
    }
    if (word === 'the past' && /^\s+(tense|participle)\b/.test(after)) return null;
    if (PRESENT.test(word)) return { type: 'DATE', value: 'PRESENT_REF' };
    if (PAST.test(word)) return { type: 'DATE', value: 'PAST_REF' };
    return { type: 'DATE', value: 'FUTURE_REF' };
  },
};
