/**
 * @module Picks a story's killed or injured figure among its candidates (key-figure-candidates.ts) with the shipped
 * model (key-figure-model.json, fitted by scripts/learn-key-figures.ts on GVA dev): per measure, gradient-boosted
 * trees of depth two on a conditional-logit loss (a candidate's score is the sum of its trees' leaves), else linear weights.
 */
import { CANDIDATE_FEATURES, type CandidateFeature, type KeyFigureCandidate } from './key-figure-candidates.js';
import shipped from './key-figure-model.json' with { type: 'json' };

/** Weights per measure, by feature name; a feature the file does not name weighs 0. */
export type KeyFigureWeights = Readonly<Record<string, Readonly<Partial<Record<CandidateFeature, number>>>>>;

/**
 * One tree: `[feature, threshold, side when the feature is ≤ threshold, side when above]`, each side a leaf value
 * or a tree of its own (a stump when both are leaves).
 */
export type KeyFigureStump = readonly [CandidateFeature, number, number | KeyFigureStump, number | KeyFigureStump];

export interface KeyFigureModel {
  readonly weights?: KeyFigureWeights;
  readonly stumps?: Readonly<Record<string, readonly KeyFigureStump[]>>;
}

export const SHIPPED_KEY_FIGURE_MODEL: KeyFigureModel = shipped as unknown as KeyFigureModel;

/** The linear score of a candidate. */
export function scoreCandidate(c: KeyFigureCandidate, weights: Readonly<Partial<Record<CandidateFeature, number>>>): number {
  let s = 0;
  for (const f of CANDIDATE_FEATURES) s += (weights[f] ?? 0) * c.features[f];
  return s;
}

function leafOf(c: KeyFigureCandidate, tree: KeyFigureStump): number {
  const [f, t, below, above] = tree;
  const side = c.features[f] <= t ? below : above;
  return typeof side === 'number' ? side : leafOf(c, side);
}

/** The boosted score of a candidate: the sum of its trees' leaves. */
export function stumpScore(c: KeyFigureCandidate, stumps: readonly KeyFigureStump[]): number {
  let s = 0;
  for (const tree of stumps) s += leafOf(c, tree);
  return s;
}

/** The best-scoring candidate (ties to the larger value), or null when there are none or the measure has no model. */
export function rankCandidates(measure: string, candidates: readonly KeyFigureCandidate[], model: KeyFigureModel = SHIPPED_KEY_FIGURE_MODEL): KeyFigureCandidate | null {
  const stumps = model.stumps?.[measure];
  const w = model.weights?.[measure];
  if ((stumps === undefined && w === undefined) || candidates.length === 0) return null;
  const score = (c: KeyFigureCandidate): number => (stumps !== undefined ? stumpScore(c, stumps) : scoreCandidate(c, w!));
  return [...candidates].map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s || b.c.value - a.c.value)[0]!.c;
}
