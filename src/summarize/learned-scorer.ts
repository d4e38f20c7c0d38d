/** @module The default scorer: concept and sentence importance learned from human summaries. */
import background from './model/background-df.json' with { type: 'json' };
import model from './model/summarizer-weights.json' with { type: 'json' };
import type { Candidate } from './candidates.js';
import type { ConceptTable } from './concepts.js';
import { sentenceFeatures, visitConceptFeatures, type Background } from './features.js';
import { dot, dotRange, sigmoid } from './linear-model.js';
import { LEAD_BONUS, type SelectionScorer } from './scorer.js';

// Two models per regime, fitted by scripts/learn-weights.ts on the training files:
//  - concepts: logistic regression for "this bigram / content word appears in a human summary" (the
//    supervised bigram weighting of Li, Qian & Liu 2013, with word-level features as in RegSum, Hong &
//    Nenkova 2014); covering a concept earns its probability, so redundancy costs nothing twice;
//  - sentences: ridge regression for the share of a sentence's words found in human summaries (condense:
//    half that and half the share of its bigrams, which raised ROUGE-2 on held-out Multi-News train
//    clusters); a sentence earns words x that share (its expected matched words), a modular term that
//    favours dense sentences.
// Regimes differ by compression (budget / article words): a 100-word digest of ten long articles (DUC) is
// a different task from keeping half of three short ones (Multi-News), and one model fitted to both was
// worse on each than a model per regime.

export interface RegimeWeights {
  readonly name: string;
  /** Largest compression (budget / candidate words) this regime serves; null: every larger one. */
  readonly maxCompression: number | null;
  readonly concept: readonly number[];
  readonly sentence: readonly number[];
  readonly unigramScale: number;
  readonly sentenceScale: number;
  readonly minProbability: number;
  /** Two sentences stating the same figure are never both chosen (see scripts/learn-weights.ts for why per regime). */
  readonly separateFigures?: boolean;
}

export interface SummarizerWeights {
  readonly regimes: readonly RegimeWeights[];
}

const WEIGHTS = model as unknown as SummarizerWeights;
const BACKGROUND = background as Background;

/** Budget over the words of the sentences it can choose from. */
export function compressionOf(candidates: readonly Candidate[], maxWords: number): number {
  const words = candidates.reduce((sum, c) => sum + c.words, 0);
  return words === 0 ? 1 : maxWords / words;
}

function regimeFor(weights: SummarizerWeights, compression: number): RegimeWeights {
  const regime = weights.regimes.find((r) => r.maxCompression === null || compression <= r.maxCompression) ?? weights.regimes.at(-1);
  if (!regime) throw new Error('summarizer weights hold no regime');
  return regime;
}

/**
 * Turns the concept rows of one table into probabilities and weights, as visitConceptFeatures hands them over.
 * One per scorer, started again for each table, so visitConceptFeatures always calls the same function: a new
 * closure per table made its optimised code, which checks the function it calls, deoptimise.
 */
class ConceptScoring {
  private regime: RegimeWeights | null = null;
  private concepts: ConceptTable['concepts'] = [];
  private width = 0;
  probabilities = new Float64Array(0);
  conceptWeights = new Float64Array(0);

  start(regime: RegimeWeights, table: ConceptTable): void {
    this.regime = regime;
    this.concepts = table.concepts;
    this.width = regime.concept.length / 2;
    this.probabilities = new Float64Array(table.concepts.length);
    this.conceptWeights = new Float64Array(table.concepts.length);
  }

  readonly visit = (id: number, row: Float64Array, offset: number): void => {
    const regime = this.regime!;
    // The row's other half is zero: the same sum as over the whole row, to the last bit.
    const p = sigmoid(dotRange(regime.concept, row, offset, offset + this.width));
    this.probabilities[id] = p;
    if (p > regime.minProbability) this.conceptWeights[id] = this.concepts[id]!.order === 1 ? regime.unigramScale * p : p;
  };
}

/** A scorer with the given weights (the shipped ones by default). */
export function createLearnedScorer(weights: SummarizerWeights = WEIGHTS, bg: Background = BACKGROUND): SelectionScorer {
  const scoring = new ConceptScoring();
  return (table, candidates, { docCount, maxWords }) => {
    const regime = regimeFor(weights, compressionOf(candidates, maxWords));
    scoring.start(regime, table);
    visitConceptFeatures(table, candidates, docCount, bg, scoring.visit);
    const { probabilities, conceptWeights } = scoring;
    const sentenceRows = sentenceFeatures(table, candidates, probabilities, docCount, bg);
    const sentenceBonuses: number[] = [];
    for (let j = 0; j < candidates.length; j++) {
      const c = candidates[j]!;
      const density = Math.max(0, dot(regime.sentence, sentenceRows[j]!));
      sentenceBonuses.push(regime.sentenceScale * c.words * density + LEAD_BONUS / (1 + c.position));
    }
    return { conceptWeights, sentenceBonuses, separateFigures: regime.separateFigures === true };
  };
}

export const learnedScorer: SelectionScorer = createLearnedScorer();
