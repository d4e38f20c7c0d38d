/** @module The learned similarity of the experiment: a logistic model over pair features, giving the probability that a report belongs to a candidate story. */

/** Weights (one per pair feature) and bias of a logistic model. */
export interface SimilarityModel {
  readonly weights: readonly number[];
  readonly bias: number;
}

/** σ(w·x + b): the model's probability that the pair is one story. */
export function joinProbability(features: readonly number[], model: SimilarityModel): number {
  let z = model.bias;
  for (let k = 0; k < features.length; k += 1) z += (model.weights[k] ?? 0) * (features[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
