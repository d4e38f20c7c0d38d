/** @module Experiment: what the learned similarity sees of a report and one candidate story: a few numbers, each a different kind of evidence that they tell the same story. */
import { dot, type TermVector } from '../../src/stream/cluster/term-vector.js';
import { denseDot, denseNorm, type DenseVector } from './term-embedding.js';
import type { IdfLookup } from '../../src/stream/cluster/idf.js';

/** The report as the features need it. */
export interface ReportView {
  readonly vector: TermVector;
  readonly dense: DenseVector | null;
  /** Distinct content terms before the vector was cut to its heaviest ones. */
  readonly termCount: number;
}

/** A candidate story as the features need it. */
export interface StoryView {
  readonly centroid: TermVector;
  readonly norm: number;
  readonly dense: ArrayLike<number> | null;
  readonly size: number;
  /** The vectors of a few of its reports (see story-members.ts), unit length. */
  readonly members: readonly TermVector[];
}

/** Names of the features, in the order {@link pairFeatures} returns them (the weights follow this order). */
export const PAIR_FEATURE_NAMES = ['cosine', 'denseCosine', 'maxMemberCosine', 'marginOverRunnerUp', 'logSize', 'logTermCount', 'topTermsShared', 'rareShared', 'maxSharedIdf', 'cosineTimesDense'] as const;

/**
 * A shared term at least this rare (idf 7 = df ≈ 70 of the 27,791 train documents) is a name or an
 * event word more than a topic word: among document pairs of the 1,000 held-out train clusters with
 * cosine 0.08–0.21, the number of such shared terms tells true pairs from false ones (AUC 0.67–0.76)
 * better than the cosine does (0.62–0.74).
 */
export const RARE_IDF = 7;

/**
 * Heaviest report terms checked against the story's centroid for `topTermsShared`: a report's
 * first ten terms are its names and its event words ("ocalan", "extradit", "rome").
 */
const TOP_TERMS = 10;

/**
 * Features of (report, story): the centroid cosine the assigner always used; the LSA cosine
 * (centred, 0 when either side has none); the best cosine with one of the story's kept members
 * (a report on another angle of the story may match one member far better than their average);
 * how far this story's cosine leads the best other candidate's (`runnerUp`, 0 when alone);
 * ln of the story's size and of the report's distinct terms (cosines of short texts are noisier);
 * the share of the report's top terms found in the story.
 */
export function pairFeatures(report: ReportView, story: StoryView, cosine: number, runnerUp: number, idf: IdfLookup): number[] {
  let denseCosine = 0;
  if (report.dense !== null && story.dense !== null) {
    const length = denseNorm(story.dense);
    denseCosine = length === 0 ? 0 : denseDot(report.dense, story.dense) / length;
  }
  let maxMember = 0;
  for (const member of story.members) maxMember = Math.max(maxMember, dot(report.vector, member));
  let shared = 0;
  let seen = 0;
  let rare = 0;
  let maxIdf = 0;
  for (const term of report.vector.keys()) {
    const isShared = story.centroid.has(term);
    if (seen < TOP_TERMS) {
      seen += 1;
      if (isShared) shared += 1;
    }
    if (!isShared) continue;
    const value = idf(term);
    if (value >= RARE_IDF) rare += 1;
    if (value > maxIdf) maxIdf = value;
  }
  return [
    cosine,
    denseCosine,
    maxMember,
    cosine - runnerUp,
    Math.log(story.size),
    Math.log(Math.max(1, report.termCount)),
    seen === 0 ? 0 : shared / seen,
    Math.log(1 + rare),
    maxIdf,
    cosine * denseCosine,
  ];
}
