/** @module Stretches of time: "two days", "the past 24 hours", "the first nine months", "10-year", "years", "several weeks". */
import { NUMBER_RE, UNIT_RE, parseAmount, unitInfo } from '../lexicon.js';
import { durationValue } from '../values.js';
import type { TimexRule, TimexValue } from '../types.js';

const MODIFIER = '(?:(?:more than|less than|fewer than|up to|at least|about|nearly|almost|some|roughly|approximately|around|only|just|another|within|the better part of)\\s+)?';
const FRAME = '(?:(?:the|each of the)\\s+)?(?:(?:past|last|next|first|previous|coming|following|final|latest|remaining|same|full|entire)\\s+)?';

function toDuration(rawAmount: string, rawUnit: string): TimexValue | null {
  const amount = parseAmount(rawAmount);
  const unit = unitInfo(rawUnit);
  if (amount === null || unit === null) return null;
  return { type: 'DURATION', value: durationValue(amount, unit.letter, unit.isTime) };
}

/** "two days", "the past 24 hours", "the first nine months", "more than four hours", "a week", "a couple of years". */
export const countedDurationRule: TimexRule = {
  name: 'counted-duration',
  pattern: new RegExp(`\\b${MODIFIER}${FRAME}(${NUMBER_RE})(?:\\s+(?:more|additional|full|straight|consecutive|long))?\\s+(${UNIT_RE})\\b(?!-)`, 'gi'),
  extract(m, ctx) {
    const raw = (m[1] ?? '').toLowerCase();
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    // "once a day", "$5 a year", "three times a week" are rates (SET), not durations.
    if ((raw === 'a' || raw === 'an') && /(\btimes?|\bonce|\btwice|\d|%|cents?|dollars?|million|billion)\s*$/i.test(before)) return null;
    // A year before a unit is a date ("the 1988 quarter"), and an age is not annotated ("52 years old").
    if (/^(1[6-9]|20)\d\d$/.test(raw)) return null;
    if (/^\s+old\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    if ((raw === 'some' || raw === 'many') && /^(some|many)$/i.test(m[0].split(/\s+/)[0] ?? '') && !/s$/i.test(m[2] ?? '')) return null;
    return toDuration(raw, m[2] ?? '');
  },
};

/** "10-year", "two-day", "16-hour", "8-month-old": compound adjectives of length. */
export const hyphenDurationRule: TimexRule = {
  name: 'hyphen-duration',
  pattern: new RegExp(`\\b(${NUMBER_RE})-(second|minute|hour|day|week|month|year|decade|century)(?:-long)?\\b(?!-(?:high|low|old))`, 'gi'),
  extract(m) {
    return toDuration(m[1] ?? '', m[2] ?? '');
  },
};

/** "years", "several weeks", "recent months", "the weeks ahead", "decades-long": lengths with no number. */
export const vagueDurationRule: TimexRule = {
  name: 'vague-duration',
  pattern: /\b(?:(?:the|recent|the past|the last|the next|the coming|past)\s+)?(years|months|weeks|days|hours|minutes|decades|centuries)(?:\s+(?:ahead|to come))?\b(?!\s+(?:old|of age|later|earlier|ago|before|after)\b)(?:-long)?/gi,
  extract(m) {
    const unit = unitInfo(m[1] ?? '');
    if (unit === null) return null;
    const lower = m[0].toLowerCase();
    if (/^recent years/.test(lower)) return { type: 'DATE', value: 'PAST_REF' };
    return { type: 'DURATION', value: durationValue('X', unit.letter, unit.isTime) };
  },
};

export const durationRules: readonly TimexRule[] = [countedDurationRule, hyphenDurationRule, vagueDurationRule];
