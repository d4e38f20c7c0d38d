/** @module Shapes of the story's facts: figures and their disagreements, the timeline, and who and where. */

/** How a report's date was found: from its metadata, its dateline, a dated photo caption or standfirst, or not at all. */
export type ReportDateOrigin = 'metadata' | 'dateline' | 'caption' | 'unknown';

export interface ReportDate {
  readonly report: string;
  /** `YYYY-MM-DD`, or null when unknown. */
  readonly date: string | null;
  readonly origin: ReportDateOrigin;
  /** True when part of the date (the year of a "Dec 13" dateline) came from the story's other evidence. */
  readonly inferred: boolean;
  /** End offset of the dateline in the report text (0 without one): dates inside it are not events. */
  readonly datelineEnd: number;
}

/** A group of one claim is `single`; otherwise its claims agree, a later one updates an earlier one, or they conflict. */
export type FigureStatus = 'single' | 'agree' | 'update' | 'conflict';

/** Who the counted people are, when the text says: the victims, the suspects (gunmen, shooters), the police. */
export type CountedRole = 'victims' | 'suspects' | 'officers';

/** What a claim counts, in parts: `what` joins them for readers. */
export interface CountedThing {
  /** `count` of things, `share` (percent of a whole) or `amount` (money: never grouped with counts). */
  readonly kind: 'count' | 'share' | 'amount';
  /** Canonical counted noun, e.g. "civilians", "territory". */
  readonly noun: string;
  /** Canonical event, e.g. "killed", "fled", "captured", or "" when the text names none. */
  readonly event: string;
  /**
   * The event in the closed measure vocabulary (killed, injured, shot, missing, arrested, charged, displaced,
   * evacuated, rescued, fled, …), else the event itself; "" when the text names none.
   */
  readonly measure: string;
  /** The counted noun's class: "people" for people, men, victims, officers, students, …; else the noun. */
  readonly nounClass: string;
  /** The people's role when the noun gives it ("victims", "gunmen", "officers"), else null. */
  readonly role: CountedRole | null;
  /** Canonical place scope, e.g. "east Aleppo", or null. */
  readonly place: string | null;
  /** Time scope as printed or resolved, e.g. "since 2016-11-15", "in the past 24 hours", or null. */
  readonly time: string | null;
  /** Equal keys mean the same time scope; unresolved relative times carry their report ("@report 001"). */
  readonly timeKey: string | null;
}

export interface FigureClaim {
  /** The stated number (percent for shares); null for ranges and vague amounts ("tens of thousands"). */
  readonly value: number | null;
  /** Lower bound ("at least 225", "between 10,000 and ..."), or null. */
  readonly low: number | null;
  /** Upper bound ("almost 90 percent", "... and 13,000"), or null. */
  readonly high: number | null;
  /** True for "around", "about", "some", "an estimated", "approximately". */
  readonly approximate: boolean;
  /** The quantity phrase as printed, `report.text.slice(start, end)`. */
  readonly text: string;
  /** Who reported it, as printed ("the Syrian Observatory for Human Rights"), or the report's own source. */
  readonly source: string;
  /** False when the sentence names no source and `source` is the report's own. */
  readonly attributed: boolean;
  readonly report: string;
  readonly start: number;
  readonly end: number;
  /** The report's date (`YYYY-MM-DD`) or null when unknown. */
  readonly date: string | null;
  readonly dateInferred: boolean;
  /** The sentence the claim sits in. */
  readonly sentence: { readonly start: number; readonly end: number };
  readonly counted: CountedThing;
  /** Who the text says disputes the figure ("the opposition"), or null. */
  readonly disputedBy: string | null;
  /** True when the figure is hypothetical ("would leave ... in control of 70 percent"). */
  readonly isConditional: boolean;
}

export interface FigureGroup {
  /** Normalised description: "civilians killed in east Aleppo since 2016-11-15". */
  readonly what: string;
  readonly status: FigureStatus;
  /** One line on why the status was chosen. */
  readonly reason: string;
  readonly claims: readonly FigureClaim[];
}

/** Where a key figure's claims are: the group in `StoryFacts.figures` and the claims in it. */
export interface ClaimRef {
  readonly report: string;
  readonly start: number;
  readonly end: number;
}

/** An earlier or competing value of a key figure, with who stated it and when. */
export interface KeyFigureValue {
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly sources: readonly string[];
  readonly dates: readonly (string | null)[];
  /** How many claims state it (several sentences and reports stating one death are one figure). */
  readonly claims: number;
}

/**
 * A headline figure of the story: the value a careful editor would print now (the latest report's, for
 * a conflict the range and who says which). A measure no report states is absent, never guessed.
 */
export interface KeyFigure {
  /** killed, injured, missing, arrested, charged, displaced, evacuated, rescued. */
  readonly measure: string;
  /** The counted class: "people" for people of any kind, else the noun ("homes"). */
  readonly counted: string;
  /** The value to print; null when only a range or a bound is stated. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly status: FigureStatus;
  /** One line on how the value was chosen. */
  readonly reason: string;
  /** For readers: "people killed". */
  readonly what: string;
  readonly sources: readonly string[];
  /** The report dates of the claims behind the value. */
  readonly dates: readonly (string | null)[];
  /** Every distinct value stated for the measure, earliest report first, the chosen one included. */
  readonly values: readonly KeyFigureValue[];
  /** The claims behind the figure, as report offsets (the spans of `figures[].claims`). */
  readonly refs: readonly ClaimRef[];
}

export interface TimelineEvent {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly date: string;
  /** The sentence that dates the event. */
  readonly text: string;
  readonly report: string;
  /** Sentence offsets in the report text. */
  readonly start: number;
  readonly end: number;
  /** The date expression itself. */
  readonly expression: { readonly text: string; readonly start: number; readonly end: number };
  /** True when the year (or the whole date) came from the story's other reports, not this report. */
  readonly inferred: boolean;
}

export interface UnresolvedDate {
  readonly text: string;
  readonly report: string;
  readonly start: number;
  readonly end: number;
  /** Why it could not be resolved. */
  readonly reason: string;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface EntityMention {
  readonly report: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Sentence offsets in the report text. */
  readonly sentence: { readonly start: number; readonly end: number };
}

export interface Entity {
  readonly name: string;
  readonly type: EntityType;
  /** Other names seen for the same entity (acronyms, spellings, case), without `name`. */
  readonly aliases: readonly string[];
  readonly mentions: number;
  /** How many reports mention it. */
  readonly reports: number;
  readonly refs: readonly EntityMention[];
}

/** What `analyzeReports` returns; field names are those of `newsbrief brief --format json`. */
export interface StoryFacts {
  /** The story's headline measures (killed, injured, …), each once, as far as the reports state them. */
  readonly keyFigures: readonly KeyFigure[];
  readonly figures: readonly FigureGroup[];
  readonly timeline: readonly TimelineEvent[];
  readonly unresolved: readonly UnresolvedDate[];
  readonly entities: readonly Entity[];
  readonly reportDates: readonly ReportDate[];
}
