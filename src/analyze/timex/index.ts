/** @module Temporal expressions in news text: detection, TIMEX3 normalisation and relative-date resolution. */
export { tagTimexes, isResolvedValue } from './tag-timexes.js';
export { resolveDate, type ResolvedDate } from './resolve-date.js';
export { anchorWeekday, anchorMonthDay, anchorMonthYear } from './anchor.js';
export { detectTense } from './tense.js';
export { DEFAULT_TIMEX_RULES } from './config.js';
export type { Timex, TimexType, TimexRule, TimexValue, RuleContext, DayDate, Tense } from './types.js';
