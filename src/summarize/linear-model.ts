/** @module Applies the small linear models the summarizer learned offline. */

export function dot(weights: ArrayLike<number>, features: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * features[i]!;
  return sum;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** `dot` over the features from `start` to `end` (exclusive) only. */
export function dotRange(weights: ArrayLike<number>, features: ArrayLike<number>, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += weights[i]! * features[i]!;
  return sum;
}
