/** @module Clock times: "10 p.m. Wednesday", "at 11.50pm Irish time", "10:35 a.m.", "noon Saturday", "midnight Friday". */
import { anchorWeekday } from '../anchor.js';
import { addDays, formatDay, padNumber } from '../calendar.js';
import { WEEKDAY_RE, weekdayNumber } from '../lexicon.js';
import type { RuleContext, TimexRule } from '../types.js';

const ZONE = "(?:\\s+(?:[A-Z]{2,4}T|GMT|UTC|local time|(?:[A-Z][a-z]+\\s+)?time)\\b)?";
const DAY_WORD = `(?:,?\\s+(?:on\\s+)?(${WEEKDAY_RE}|today|yesterday|tomorrow|tonight))?`;

/** The day a clock time falls on: its own weekday or day word, else the report's day. */
function dayPart(ctx: RuleContext, word: string | undefined, start: number, end: number): string {
  if (ctx.ref === null) return 'XXXX-XX-XX';
  if (word === undefined) return formatDay(ctx.ref);
  const w = word.toLowerCase();
  if (w === 'yesterday') return formatDay(addDays(ctx.ref, -1));
  if (w === 'tomorrow') return formatDay(addDays(ctx.ref, 1));
  if (w === 'today' || w === 'tonight') return formatDay(ctx.ref);
  const weekday = weekdayNumber(word);
  return weekday === null ? formatDay(ctx.ref) : formatDay(anchorWeekday(ctx.ref, weekday, ctx.tenseAt(start, end)));
}

/**
 * "10 p.m.", "11.50pm", "10:35 a.m. EDT", optionally with a weekday before or after. A dot between
 * hour and minutes is read as a clock time only with am/pm after it, so "12.53%" stays a figure.
 */
export const clockTimeRule: TimexRule = {
  name: 'clock-time',
  pattern: new RegExp(
    `(?:\\b(${WEEKDAY_RE}),?\\s+(?:at\\s+)?)?(?:\\b(?:about|around|approximately|shortly after|just after|just before)\\s+)?\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|a\\.m|p\\.m|o'clock)${ZONE}${DAY_WORD}`,
    'gi',
  ),
  extract(m, ctx) {
    let hour = Number(m[2]);
    const minute = m[3] === undefined ? 0 : Number(m[3]);
    if (hour > 12 || hour < 0 || minute > 59) return null;
    const meridiem = (m[4] ?? '').toLowerCase();
    if (meridiem.startsWith('p') && hour < 12) hour += 12;
    if (meridiem.startsWith('a') && hour === 12) hour = 0;
    const day = dayPart(ctx, m[5] ?? m[1], m.index, m.index + m[0].length);
    return { type: 'TIME', value: `${day}T${padNumber(hour)}:${padNumber(minute)}` };
  },
};

/** "noon Saturday", "midnight Friday", "midday": TimeML writes midnight as hour 24 of the day it ends. */
export const namedTimeRule: TimexRule = {
  name: 'named-time',
  pattern: new RegExp(`(?:\\b(${WEEKDAY_RE})\\s+(?:at\\s+)?)?\\b(noon|midnight|midday)${DAY_WORD}`, 'gi'),
  extract(m, ctx) {
    const word = (m[2] ?? '').toLowerCase();
    const day = dayPart(ctx, m[3] ?? m[1], m.index, m.index + m[0].length);
    return { type: 'TIME', value: `${day}T${word === 'midnight' ? '24' : '12:00'}` };
  },
};

export const timeOfDayRules: readonly TimexRule[] = [clockTimeRule, namedTimeRule];
