/** @module The one configuration that lists every timex rule, in priority order for equal-length overlaps. */
import { explicitDateRules } from './rules/explicit-date.js';
import { holidayRule } from './rules/holiday.js';
import { monthNameRule } from './rules/month-name.js';
import { quarterRules } from './rules/quarter.js';
import { refWordRule } from './rules/ref-words.js';
import { relativeDayRules } from './rules/relative-day.js';
import { relativeUnitRules } from './rules/relative-unit.js';
import { seasonRule } from './rules/season.js';
import { setRules } from './rules/set.js';
import { timeOfDayRules } from './rules/time-of-day.js';
import { weekdayRule } from './rules/weekday.js';
import { yearRules } from './rules/year.js';
import { durationRules } from './rules/duration.js';
import { yearPhraseRules } from './rules/year-phrase.js';
import type { TimexRule } from './types.js';

/**
 * Every rule the tagger runs. Overlapping matches are settled longest first, then by this order,
 * so the more specific families come first.
 */
export const DEFAULT_TIMEX_RULES: readonly TimexRule[] = [
  ...explicitDateRules,
  ...timeOfDayRules,
  ...quarterRules,
  ...relativeUnitRules,
  ...yearPhraseRules,
  ...relativeDayRules,
  weekdayRule,
  holidayRule,
  seasonRule,
  ...setRules,
  monthNameRule,
  ...yearRules,
  ...durationRules,
  refWordRule,
];
