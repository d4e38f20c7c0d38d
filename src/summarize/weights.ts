/** @module Turns concept statistics into the weights the selection maximises. */
import type { Concept } from './concepts.js';

export interface WeightContext {
  /** Number of reports in the cluster. */
  readonly docCount: number;
}

/** A weighting scheme: 0 means "not worth covering". */
export type ConceptWeigher = (concept: Concept, context: WeightContext) => number;

/**
 * Document frequency, after Gillick & Favre: a bigram repeated across reports is what the story is about.
 * Bigrams seen in fewer than `minDf` reports are dropped (they used 3 for 10-document clusters); small
 * clusters fall back to 2, and a single report to term frequency.
 */
export function documentFrequencyWeigher(concept: Concept, context: WeightContext): number {
  if (concept.order !== 2) return 0;
  if (context.docCount === 1) return concept.tf >= 2 ? concept.tf : 0;
  const minDf = context.docCount >= 6 ? 3 : 2;
  return concept.df >= minDf ? concept.df : 0;
}
