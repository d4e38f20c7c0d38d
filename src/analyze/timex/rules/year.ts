/** @module Years, decades and centuries: "1998", "fiscal 1989", "the 1980s", "'80s", "nineteen ninety-six", "the 20th century". */
import { parseAmount } from '../lexicon.js';
import type { TimexRule } from '../types.js';

/**
 * A bare four-digit year from 1600 to 2099. Not a year: money ("$1990"), part of a larger number
 * ("1,990", "19905"), a percentage, a measure ("1990 tons") or a clock time ("1930 GMT").
 */
export const yearRule: TimexRule = {
  name: 'year',
  pattern:
    /(?<![\d$#.,/:]|\$ |(?<!\b(?:mid|pre|post))-)(?:\b(?:fiscal|calendar)\s+(?:year\s+)?)?\b(1[6-9]\d\d|20\d\d)\b(?![\d%]|[.,:/]\d|-\d|\s*(?:percent|per cent|GMT|EST|EDT|hours|hrs|local time|people|shares|troops|men|women|feet|meters|metres|miles|tons|barrels|points|cases|votes|students|workers|employees|members|dollars|yuan|yen|pounds|marks|francs)\b)/g,
  extract(m) {
    return { type: 'DATE', value: m[1] ?? '' };
  },
};

/** "the 1980s", "1990s", "the '80s", "the mid-1990s": TimeML writes a decade as its first three digits. */
export const decadeRule: TimexRule = {
  name: 'decade',
  pattern: /(?:\bthe\s+)?(?:\b(?:early|late|mid)[- ])?(?:\b(1[6-9]\d|20\d)0|'(\d)0)'?s\b/g,
  extract(m) {
    const value = m[1] !== undefined ? m[1] : `19${m[2] ?? ''}`;
    return { type: 'DATE', value };
  },
};

/** "the 20th century", "the eleventh century": TimeML writes the first two digits of its years. */
export const centuryRule: TimexRule = {
  name: 'century',
  pattern: /(?:\bthe\s+)?\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b/g,
  extract(m) {
    const n = Number(m[1]);
    if (n < 1 || n > 21) return null;
    return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
  },
};

const TENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';

/** Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
export const spokenYearRule: TimexRule = {
  name: 'spoken-year',
  pattern: new RegExp(`\\b(?:(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+and\\s+(one|two|three|four|five|six|seven|eight|nine|ten))?|(?:N|n)ineteen[- ](${TENS}))\\b`, 'g'),
  extract(m) {
    if (m[0].toLowerCase().includes('thousand')) {
      const extra = m[1] === undefined ? 0 : parseAmount(m[1]);
      if (typeof extra !== 'number') return null;
      if (!/^the\s+year/i.test(m[0]) && m[1] === undefined) return null;
      return { type: 'DATE', value: String(2000 + extra) };
    }
    const yy = parseAmount(m[2] ?? '');
    return typeof yy === 'number' && yy >= 10 ? { type: 'DATE', value: String(1900 + yy) } : null;
  },
};

const DECADE_WORDS: ReadonlyMap<string, string> = new Map([
  ['twenties', '2'], ['thirties', '3'], ['forties', '4'], ['fifties', '5'], ['sixties', '6'], ['seventies', '7'], ['eighties', '8'], ['nineties', '9'],
]);

/** "the nineties", "the early eighties": decades of the 1900s in words. */
export const decadeWordRule: TimexRule = {
  name: 'decade-word',
  pattern: /\bthe\s+(?:(?:early|late|mid)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
  extract(m) {
    const digit = DECADE_WORDS.get((m[1] ?? '').toLowerCase());
    return digit === undefined ? null : { type: 'DATE', value: `19${digit}` };
  },
};

export const yearRules: readonly TimexRule[] = [yearRule, decadeRule, decadeWordRule, centuryRule, spokenYearRule];
