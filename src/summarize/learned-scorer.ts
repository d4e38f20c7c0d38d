/** @module The default scorer: concept and sentence importance learned from human summaries. */
import background from './model/background-df.json' with { type: 'json' };
import model from './model/summarizer-weights.json' with { type: 'json' };
import { sentenceFeatures, visitConceptFeatures, type Background } from './features.js';
import { dot, sigmoid } from './linear-model.js';
import { LEAD_BONUS, type SelectionScorer } from './scorer.js';

// Two models, both fitted by scripts/learn-weights.ts on DUC 2003 and a Multi-News training sample:
//  - concepts: logistic regression for "this bigram / content word appears in a human summary" (the
//    supervised bigram weighting of Li, Qian & Liu 2013, with word-level features as in RegSum, Hong &
//    Nenkova 2014); covering a concept earns its probability, so redundancy costs nothing twice;
//  - sentences: ridge regression for the share of a sentence's words found in human summaries; a sentence
//    earns words x that share (its expected matched words), a modular term that favours dense sentences.
// The mixing constants (unigram scale, sentence scale, probability floor) were chosen on the training files.

export interface SummarizerWeights {
  readonly concept: readonly number[];
  readonly sentence: readonly number[];
  readonly unigramScale: number;
  readonly sentenceScale: number;
  readonly minProbability: number;
}

const WEIGHTS = model as SummarizerWeights;
const BACKGROUND = background as Background;

/** A scorer with the given weights (the shipped ones by default). */
export function createLearnedScorer(weights: SummarizerWeights = WEIGHTS, bg: Background = BACKGROUND): SelectionScorer {
  return (table, candidates, docCount) => {
    const n = table.concepts.length;
    const probabilities = new Float64Array(n);
    const conceptWeights = new Float64Array(n);
    visitConceptFeatures(table, candidates, docCount, bg, (id, row) => {
      const p = sigmoid(dot(weights.concept, row));
      probabilities[id] = p;
      if (p > weights.minProbability) conceptWeights[id] = table.concepts[id]!.order === 1 ? weights.unigramScale * p : p;
    });
    const sentenceRows = sentenceFeatures(table, candidates, probabilities, docCount, bg);
    const sentenceBonuses = candidates.map((c, j) => {
      const density = Math.max(0, dot(weights.sentence, sentenceRows[j]!));
      return weights.sentenceScale * c.words * density + LEAD_BONUS / (1 + c.position);
    });
    return { conceptWeights, sentenceBonuses };
  };
}

export const learnedScorer: SelectionScorer = createLearnedScorer();
