/** @module Word lists the timex rules share: months, weekdays, number words, units, seasons, parts of day. */

/** Month names and the abbreviations newswire uses ("Sept.", "Dec"), lower case, to month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/**
 * Month alternation for patterns. Capitalised only: "may", "march" and "august" are common words,
 * so lower-case month names are not dates in cased news text.
 */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** ISO weekday numbers (Monday 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase().replace(/s$/, '').replace(/\.$/, '')) ?? null;
}

const UNITS_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Cardinal number words up to "ninety-nine", plus "a hundred"; digits with optional commas. */
export const NUMBER_RE =
  '(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2)?|' +
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'a\\s+hundred|one\\s+hundred|a\\s+dozen|a\\s+couple\\s+of|a|an|several|a\\s+few|few|many|some)';

/**
 * Reads an amount written in digits or words. Returns a number, or 'X' for vague amounts
 * ("several", "a few"), following the TimeML convention of `PXY` for "several years".
 */
export function parseAmount(raw: string): number | 'X' | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(s)) {
    const half = /\s1\/2$/.test(s) ? 0.5 : 0;
    const n = Number(s.replace(/\s1\/2$/, '').replace(/,/g, ''));
    return Number.isFinite(n) ? n + half : null;
  }
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a couple of') return 2;
  if (s === 'a dozen') return 12;
  if (s === 'a hundred' || s === 'one hundred') return 100;
  if (s === 'several' || s === 'a few' || s === 'few' || s === 'many' || s === 'some') return 'X';
  const unit = UNITS_WORDS.get(s);
  if (unit !== undefined) return unit;
  const parts = s.split(/[- ]/);
  const tens = TENS_WORDS.get(parts[0] ?? '');
  if (tens === undefined) return null;
  if (parts.length === 1) return tens;
  const ones = UNITS_WORDS.get(parts[1] ?? '');
  return ones === undefined ? null : tens + ones;
}

/** Calendar units and their TIMEX3 duration letters; time units take the `T` designator. */
export interface UnitInfo {
  readonly letter: string;
  readonly isTime: boolean;
  /** Multiplier on the number (a decade is 10 years written `P1E` in TimeML, a century `P1C`). */
  readonly granularity: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
}

export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century)';

export function unitInfo(word: string): UnitInfo | null {
  const w = word.toLowerCase();
  if (w.startsWith('second')) return { letter: 'S', isTime: true, granularity: 'second' };
  if (w.startsWith('minute')) return { letter: 'M', isTime: true, granularity: 'minute' };
  if (w.startsWith('hour')) return { letter: 'H', isTime: true, granularity: 'hour' };
  if (w.startsWith('day')) return { letter: 'D', isTime: false, granularity: 'day' };
  if (w.startsWith('week')) return { letter: 'W', isTime: false, granularity: 'week' };
  if (w.startsWith('month')) return { letter: 'M', isTime: false, granularity: 'month' };
  if (w.startsWith('quarter')) return { letter: 'Q', isTime: false, granularity: 'quarter' };
  if (w.startsWith('year')) return { letter: 'Y', isTime: false, granularity: 'year' };
  if (w.startsWith('decade')) return { letter: 'E', isTime: false, granularity: 'decade' };
  if (w.startsWith('centur')) return { letter: 'C', isTime: false, granularity: 'century' };
  return null;
}

/** TimeML season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** TimeML part-of-day codes. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);
