/** @module Recurring times (TIMEX3 SET): "daily", "every year", "each Thursday", "Tuesday nights", "twice a week". */
import { MONTH_RE, NUMBER_RE, PARTS_OF_DAY, WEEKDAY_RE, monthNumber, parseAmount, unitInfo, weekdayNumber } from '../lexicon.js';
import { padNumber } from '../calendar.js';
import type { TimexRule } from '../types.js';

const ADVERBS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'], ['monthly', 'P1M'],
  ['quarterly', 'P1Q'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['annual', 'P1Y'],
]);

/** "daily", "weekly", "annually" (and "annual" only as "on an annual basis" would be too loose, so not alone). */
export const frequencyAdverbRule: TimexRule = {
  name: 'frequency-adverb',
  pattern: /\b(hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly)\b(?!-)/gi,
  extract(m) {
    const value = ADVERBS.get((m[1] ?? '').toLowerCase());
    return value === undefined ? null : { type: 'SET', value };
  },
};

/** "every day", "each year", "every two weeks", "once a week", "twice a year", "per year". */
export const everyUnitRule: TimexRule = {
  name: 'every-unit',
  pattern: new RegExp(`\\b(?:(?:every|each)(?:\\s+(${NUMBER_RE}))?|per|a|once a|twice a|(?:\\d+|two|three|four|five|several) times (?:a|per))\\s+(day|week|month|quarter|year|hour|minute|night|morning|evening|weekend)s?\\b`, 'gi'),
  extract(m, ctx) {
    const head = m[0].toLowerCase();
    if (head.startsWith('a ')) {
      // A bare "a year" is a rate only after an amount: "$5 million a year", "10% a year".
      const before = ctx.text.slice(Math.max(0, m.index - 14), m.index);
      if (!/(\d|%|cents?|dollars?|million|billion|tons?|barrels?)\s*$/i.test(before)) return null;
    }
    const word = (m[2] ?? '').toLowerCase();
    const amount = m[1] === undefined ? 1 : parseAmount(m[1]);
    if (amount === null) return null;
    if (word === 'night' || word === 'morning' || word === 'evening') {
      return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY.get(word) ?? ''}` };
    }
    if (word === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE' };
    const unit = unitInfo(word);
    if (unit === null) return null;
    return { type: 'SET', value: `${unit.isTime ? 'PT' : 'P'}${amount}${unit.letter}` };
  },
};

/** "every Thursday", "each July", "Tuesdays", "Tuesday nights". */
export const recurringNameRule: TimexRule = {
  name: 'recurring-name',
  pattern: new RegExp(`\\b(?:(?:every|each)\\s+(${WEEKDAY_RE}|${MONTH_RE})(?:\\s+(morning|afternoon|evening|night))?|(${WEEKDAY_RE})s|(${WEEKDAY_RE})\\s+(morning|afternoon|evening|night)s)\\b`, 'g'),
  extract(m) {
    const name = m[1] ?? m[3] ?? m[4] ?? '';
    const part = m[2] ?? m[5];
    const partCode = part === undefined ? '' : `T${PARTS_OF_DAY.get(part.toLowerCase()) ?? ''}`;
    const weekday = weekdayNumber(name);
    if (weekday !== null) return { type: 'SET', value: `XXXX-WXX-${weekday}${partCode}` };
    const month = monthNumber(name);
    return month === null ? null : { type: 'SET', value: `XXXX-${padNumber(month)}` };
  },
};

export const setRules: readonly TimexRule[] = [frequencyAdverbRule, everyUnitRule, recurringNameRule];
