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
export function streamIdf(storyCount: number, stories: number): number {
  return Math.log((1 + stories) / (1 + storyCount)) + 1;
}

/** The report's side of the features, computed once per report. */
export interface ReportView {
  readonly vector: TermVector;
  readonly day: number | null;
  /** Per report term: its weight × stream idf, and how many held stories hold it. */
  readonly terms: readonly { readonly term: string; readonly reweighted: number; readonly storyCount: number; readonly isRare: boolean }[];
  readonly reweightedNorm: number;
}

/**
 * Reweighs a report's vector by stream idf, looking each term's story count up once for all its
 * candidates. `isRare` says which terms are rare in the background table too (rare-evidence.ts):
 * only those count as `uniqueShared`, since at the start of a stream, with one or two stories
 * held, "shot" and "police" are held by one story as well.
 */
export function viewReport(vector: TermVector, day: number | null, frequencies: StoryFrequencies, isRare: (term: string) => boolean): ReportView {
  const terms: { term: string; reweighted: number; storyCount: number; isRare: boolean }[] = [];
  let sum = 0;
  for (const [term, w] of vector) {
    const storyCount = frequencies.of(term);
    const reweighted = w * streamIdf(storyCount, frequencies.stories);
    terms.push({ term, reweighted, storyCount, isRare: isRare(term) });
    sum += reweighted * reweighted;
  }
  return { vector, day, terms, reweightedNorm: Math.sqrt(sum) };
}

/**
 * The pair's features, in {@link JOIN_FEATURE_NAMES} order:
 * - `cosine`: the centroid cosine the undated decision uses (fixed Multi-News idf);
 * - `streamCosine`: the cosine of the report reweighed by stream idf with the centroid as it is
 *   (reweighing the centroid's 200 terms too cost a third of the dated assignment time);
 * - `uniqueShared`: ln(1 + rare report terms held by this story and no other held story);
 * - `namesShared`: ln(1 + capitalised name runs, "^libby_lake_park", the two share);
 * - `lnDayGap`: ln(1 + days between the report and the story's newest report), 0 when either is undated;
 * - `lnSize`: ln of the story's report count.
 * `storyNorm` is the centroid's length (the index keeps it).
 */
export function joinFeatures(report: ReportView, story: JoinCandidate, storyNorm: number, cosine: number): number[] {
  let dot = 0;
  let unique = 0;
  let names = 0;
  for (const { term, reweighted, storyCount, isRare } of report.terms) {
    const cw = story.centroid.get(term);
    if (cw === undefined) continue;
    dot += reweighted * cw;
    if (storyCount <= 1 && isRare) unique += 1;
    if (term.startsWith('^')) names += 1;
  }
  const denominator = report.reweightedNorm * storyNorm;
  const gap = report.day === null || story.lastDay === null ? 0 : Math.abs(report.day - story.lastDay);
  return [cosine, denominator === 0 ? 0 : dot / denominator, Math.log1p(unique), Math.log1p(names), Math.log1p(gap), Math.log(Math.max(1, story.size))];
}
