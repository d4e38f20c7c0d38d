/** @module Shapes shared by the temporal-expression tagger: timexes, rules and the context a rule sees. */

/** TIMEX3 types (TimeML 1.2.1). */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One temporal expression found in a text, with its TIMEX3 type and normalised value. */
export interface Timex {
  /** UTF-16 offset of the first character, as `String.prototype.slice` counts. */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value: `2016-12-13`, `2016-W49`, `1989-Q3`, `P3D`, `PAST_REF`, `XXXX-12-13`, ... */
  readonly value: string;
  /** True when the value names a calendar point or span with nothing left unknown (no `X`, no `*_REF`). */
  readonly isResolved: boolean;
}

/** A calendar day, months and days counted from 1. */
export interface DayDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Which way an underspecified date points from the reference date. */
export type Tense = 'past' | 'future' | 'none';

/** What a rule may read besides its own match. */
export interface RuleContext {
  readonly text: string;
  /** The report's own date; null when unknown. */
  readonly ref: DayDate | null;
  /** Tense cue of the clause around a span (see `detectTense`). */
  tenseAt(start: number, end: number): Tense;
}

/** What a rule's `extract` returns for one match: the span is the match itself. */
export interface TimexValue {
  readonly type: TimexType;
  readonly value: string;
}

/**
 * One pattern family, chrono style: a global regular expression plus a function that turns a
 * match into a TIMEX3 type and value, or null to reject the match.
 */
export interface TimexRule {
  readonly name: string;
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, ctx: RuleContext): TimexValue | null;
}
