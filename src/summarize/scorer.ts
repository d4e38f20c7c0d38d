/** @module What the selection maximises: a weight per concept and a bonus per sentence. */
import type { Candidate } from './candidates.js';
import type { ConceptTable } from './concepts.js';

export interface SelectionScores {
  /** Weight of covering each concept of the table (0: not worth covering). */
  readonly conceptWeights: ArrayLike<number>;
  /** A modular reward for each candidate sentence, added once when it is chosen. */
  readonly sentenceBonuses: ArrayLike<number>;
  /** Never choose two sentences that state the same figure ("more than 10,000 civilians" twice). */
  readonly separateFigures?: boolean;
}

/** What a scorer knows about the cluster beyond its candidates. */
export interface ScoringContext {
  /** Number of reports in the cluster. */
  readonly docCount: number;
  /** The summary's word budget. */
  readonly maxWords: number;
}

/** Scores one cluster's candidates; pure. */
export type SelectionScorer = (table: ConceptTable, candidates: readonly Candidate[], context: ScoringContext) => SelectionScores;

/**
 * Weight of the lead-position tie-break, relative to a concept of weight 1. Small enough never to outweigh a
 * concept, large enough to prefer a report's opening sentences when coverage is equal.
 */
export const LEAD_BONUS = 0.1;

/**
 * The unsupervised baseline, after Gillick & Favre (2009): a bigram's weight is the number of reports that use
 * it, for bigrams in at least 3 reports of a 10-report cluster (2 in small clusters; term frequency for a single
 * report), plus the lead tie-break.
 */
export const documentFrequencyScorer: SelectionScorer = (table, candidates, { docCount }) => ({
  conceptWeights: table.concepts.map((concept) => {
    if (concept.order !== 2) return 0;
    if (docCount === 1) return concept.tf >= 2 ? concept.tf : 0;
    const minDf = docCount >= 6 ? 3 : 2;
    return concept.df >= minDf ? concept.df : 0;
  }),
  sentenceBonuses: candidates.map((c) => LEAD_BONUS / (1 + c.position)),
});
