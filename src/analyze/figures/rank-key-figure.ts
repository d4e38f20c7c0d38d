/**
 * @module Picks a story's killed or injured figure among its candidates (key-figure-candidates.ts) with the shipped
 * conditional-logit weights (key-figure-model.json, fitted by scripts/learn-key-figures.ts on GVA dev).
 */
import { CANDIDATE_FEATURES, type CandidateFeature, type KeyFigureCandidate } from './key-figure-candidates.js';
import shipped from './key-figure-model.json' with { type: 'json' };

/** Weights per measure, by feature name; a feature the file does not name weighs 0. */
export type KeyFigureWeights = Readonly<Record<string, Readonly<Partial<Record<CandidateFeature, number>>>>>;

export const SHIPPED_KEY_FIGURE_WEIGHTS: KeyFigureWeights = shipped.weights as KeyFigureWeights;

/** The linear score of a candidate. */
export function scoreCandidate(c: KeyFigureCandidate, weights: Readonly<Partial<Record<CandidateFeature, number>>>): number {
  let s = 0;
  for (const f of CANDIDATE_FEATURES) s += (weights[f] ?? 0) * c.features[f];
  return s;
}

/** The best-scoring candidate (ties to the larger value), or null when there are none or the measure has no weights. */
export function rankCandidates(measure: string, candidates: readonly KeyFigureCandidate[], weights: KeyFigureWeights = SHIPPED_KEY_FIGURE_WEIGHTS): KeyFigureCandidate | null {
  const w = weights[measure];
  if (w === undefined || candidates.length === 0) return null;
  return [...candidates].map((c) => ({ c, s: scoreCandidate(c, w) })).sort((a, b) => b.s - a.s || b.c.value - a.c.value)[0]!.c;
}
