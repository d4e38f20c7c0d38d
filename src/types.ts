/** @module Shared shapes passed between stages: reports, spans, sentences and the brief. */

/** A stretch of a report's original text: `report.text.slice(start, end)`. Offsets are UTF-16. */
export interface Span {
  readonly reportId: string;
  readonly start: number;
  readonly end: number;
}

/** Why a stretch of a report is not article text (kept in the text, left out of the summary). */
export type NonArticleKind =
  | 'caption'
  | 'credit'
  | 'repeated-headline'
  | 'navigation'
  | 'byline'
  | 'headline'
  /** A sentence of web furniture copied with the page: crawl notices, share and sign-up prompts. */
  | 'furniture'
  /** "BEIRUT (Reuters) -": not a sentence of its own; the sentence it opens starts after it. */
  | 'dateline'
  /** A page widget's label run into a sentence in flattened text ("Advertisement", "Close"): cut off it, as a dateline. */
  | 'lead-in';

export interface NonArticleRange {
  readonly start: number;
  readonly end: number;
  readonly kind: NonArticleKind;
}

/** Where a metadata value came from, so readers can judge it. */
export type MetaOrigin =
  | 'json-ld'
  | 'open-graph'
  | 'meta'
  | 'time-element'
  | 'dateline'
  | 'sidecar'
  | 'flag'
  | 'dataset'
  | 'file'
  | 'inferred';

/** One news report as read: its original text is never rewritten. */
export interface Report {
  readonly id: string;
  /** The article text exactly as read (after decoding and, for HTML, extraction). All offsets point here. */
  readonly text: string;
  readonly title: string | null;
  /** Publisher, e.g. "Reuters". */
  readonly source: string | null;
  /** Publication date, ISO 8601 (`2016-12-13` or a full timestamp), or null when unknown. */
  readonly publishedAt: string | null;
  readonly path: string | null;
  readonly url: string | null;
  /** Lines recognised as not being article text: captions, credits, navigation, repeated headlines. */
  readonly nonArticle: readonly NonArticleRange[];
  /** Where each metadata field came from, when known. */
  readonly origins?: Readonly<Partial<Record<'title' | 'source' | 'publishedAt' | 'url' | 'author', MetaOrigin>>>;
  readonly author?: string | null;
}

/** A sentence of a report with its character offsets into `Report.text`. */
export interface Sentence {
  readonly reportId: string;
  /** Position of the sentence within its report, counting from 0. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** False when the sentence lies in a caption, credit, headline or other non-article line. */
  readonly isArticle: boolean;
}

/** A token with offsets into the text it was read from. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased surface form. */
  readonly norm: string;
  /** Porter stem of `norm` (identical to `norm` for short tokens). */
  readonly stem: string;
}

export interface SourceRef {
  readonly report: string;
  readonly start: number;
  readonly end: number;
}

/** One sentence of the summary: its text is exactly `sources[0]`'s slice; the other sources say the same thing. */
export interface SummarySentence {
  readonly text: string;
  readonly sources: readonly SourceRef[];
}

export interface ReportInfo {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  /**
   * The report's date as the whole brief uses it (reading order, figures, timeline): the metadata's, else the
   * dateline's, else a dated caption's or standfirst's, a year-less one taking the story's year; null when unknown.
   */
  readonly date: string | null;
  /** Where `date` came from (`reportDates` says whether its year was inferred); null when undated. */
  readonly dateOrigin: 'metadata' | 'dateline' | 'caption' | null;
  readonly path: string | null;
  readonly url: string | null;
}

/**
 * A story's headline: a report's own title, or a prefix of the brief's lead sentence cut at a clause
 * boundary (then `text` is exactly `report.text.slice(start, end)`; a title is not part of the text).
 */
export interface Headline {
  readonly text: string;
  readonly kind: 'title' | 'lead';
  readonly report: string;
  readonly start: number | null;
  readonly end: number | null;
}

/** The summary part of a brief; `brief()` adds the story's facts (figures, timeline, entities). */
export interface BriefSummary {
  readonly reports: readonly ReportInfo[];
  readonly summary: readonly SummarySentence[];
  readonly words: number;
  readonly maxWords: number;
}
