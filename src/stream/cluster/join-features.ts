/** @module What tells one event from another between a dated report and a candidate story: words weighed by how few stories hold them, shared names, and the days between them. */
import type { TermVector } from './term-vector.js';

/** The features, in the order of {@link joinFeatures}'s result and of the shipped model's weights. */
export const JOIN_FEATURE_NAMES = ['cosine', 'streamCosine', 'uniqueShared', 'namesShared', 'lnDayGap', 'lnSize'] as const;

/** How the stream sees a term: the number of held stories whose centroid holds it, out of `stories`. */
export interface StoryFrequencies {
  readonly stories: number;
  readonly of: (term: string) => number;
}

/** A candidate story as the features need it. */
export interface JoinCandidate {
  readonly centroid: TermVector;
  readonly size: number;
  readonly lastDay: number | null;
}

/**
 * Idf of a term over the stories held (scikit-learn's smoothed form, ln((1 + S) / (1 + sf)) + 1).
 * In a stream of one kind of news (every report about a shooting), "shot", "police" and
 * "hospital" are in every story and weigh little, while a town's or a victim's name held by one
 * story weighs most: the textbook single pass gets its lead over a fixed idf table from this.
 */
export function streamIdf(term: string, frequencies: StoryFrequencies): number {
  return Math.log((1 + frequencies.stories) / (1 + frequencies.of(term))) + 1;
}

/** The report's side of the stream-weighted cosine, computed once per report. */
export interface ReportView {
  readonly vector: TermVector;
  readonly day: number | null;
  /** Report weight × stream idf, per term, and the length of that vector. */
  readonly reweighted: ReadonlyMap<string, number>;
  readonly reweightedNorm: number;
}

/** Reweighs a report's vector by stream idf (once per report; each candidate then costs one pass over its centroid). */
export function viewReport(vector: TermVector, day: number | null, frequencies: StoryFrequencies): ReportView {
  const reweighted = new Map<string, number>();
  let sum = 0;
  for (const [term, w] of vector) {
    const x = w * streamIdf(term, frequencies);
    reweighted.set(term, x);
    sum += x * x;
  }
  return { vector, day, reweighted, reweightedNorm: Math.sqrt(sum) };
}

/**
 * The pair's features, in {@link JOIN_FEATURE_NAMES} order:
 * - `cosine`: the centroid cosine the undated decision uses (fixed Multi-News idf);
 * - `streamCosine`: the same cosine with both sides reweighed by stream idf;
 * - `uniqueShared`: ln(1 + report terms held by this story and no other held story);
 * - `namesShared`: ln(1 + capitalised name runs, "^libby_lake_park", the two share);
 * - `lnDayGap`: ln(1 + days between the report and the story's newest report), 0 when either is undated;
 * - `lnSize`: ln of the story's report count.
 */
export function joinFeatures(report: ReportView, story: JoinCandidate, cosine: number, frequencies: StoryFrequencies): number[] {
  let dot = 0;
  let storyNorm = 0;
  let unique = 0;
  let names = 0;
  for (const [term, cw] of story.centroid) {
    const x = cw * streamIdf(term, frequencies);
    storyNorm += x * x;
    const r = report.reweighted.get(term);
    if (r === undefined) continue;
    dot += r * x;
    if (frequencies.of(term) <= 1) unique += 1;
    if (term.startsWith('^')) names += 1;
  }
  const denominator = report.reweightedNorm * Math.sqrt(storyNorm);
  const gap = report.day === null || story.lastDay === null ? 0 : Math.abs(report.day - story.lastDay);
  return [cosine, denominator === 0 ? 0 : dot / denominator, Math.log1p(unique), Math.log1p(names), Math.log1p(gap), Math.log(Math.max(1, story.size))];
}
