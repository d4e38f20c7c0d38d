/** @module Corpus ROUGE: the mean of per-cluster scores over a dataset, as `shared/tools/rouge.py` reports it. */
import { rougeSentences } from './rouge-text.js';
import { scoreRouge, type RougeMeasure, type RougeScores } from './rouge.js';

/** What scoring needs from a dataset cluster. */
export interface ScoredCluster {
  readonly id: string;
  readonly summaries: readonly string[];
}

/** A summary as a list of sentences or as one text. */
export type PredictedSummary = string | readonly string[];

export interface DatasetRouge extends RougeScores {
  /** Mean summary length in whitespace words. */
  readonly meanWords: number;
  /** Clusters scored (every cluster of the dataset). */
  readonly clusters: number;
  /** Clusters that had a prediction; a missing one scores 0, as in rouge.py. */
  readonly predicted: number;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function addInto(acc: { precision: number; recall: number; f1: number }, m: RougeMeasure): void {
  acc.precision += m.precision;
  acc.recall += m.recall;
  acc.f1 += m.f1;
}

function divide(acc: RougeMeasure, n: number): RougeMeasure {
  return { precision: acc.precision / n, recall: acc.recall / n, f1: acc.f1 / n };
}

/**
 * Mean ROUGE over every cluster of `dataset`; fractions in [0, 1] (rouge.py
 * prints them x100). A cluster without a prediction scores 0.
 */
export function scoreDataset(
  dataset: readonly ScoredCluster[],
  predictions: ReadonlyMap<string, PredictedSummary>,
): DatasetRouge {
  const r1 = { precision: 0, recall: 0, f1: 0 };
  const r2 = { precision: 0, recall: 0, f1: 0 };
  const rl = { precision: 0, recall: 0, f1: 0 };
  let words = 0;
  let predicted = 0;
  for (const cluster of dataset) {
    const summary = predictions.get(cluster.id);
    if (summary !== undefined) predicted++;
    const sentences = rougeSentences(summary ?? '');
    words += countWords(sentences.join(' '));
    const scores = scoreRouge(sentences, cluster.summaries);
    addInto(r1, scores.rouge1);
    addInto(r2, scores.rouge2);
    addInto(rl, scores.rougeLsum);
  }
  const n = Math.max(1, dataset.length);
  return {
    rouge1: divide(r1, n),
    rouge2: divide(r2, n),
    rougeLsum: divide(rl, n),
    meanWords: words / n,
    clusters: dataset.length,
    predicted,
  };
}
