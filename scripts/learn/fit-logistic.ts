/** @module Fits a logistic regression with soft labels (label = share of human summaries using a concept). */

// Hand-written because the npm logistic-regression packages take hard 0/1 classes only, and soft labels are
// the point here: a bigram in 3 of 4 references matters more than one in 1 of 4. Full-batch gradient
// descent with AdaGrad steps and a small L2 penalty; the problem is convex, so the result does not depend
// on initialisation, and a few hundred passes over ~10^5 rows take seconds.

export interface LogisticOptions {
  readonly epochs?: number;
  readonly l2?: number;
  readonly learningRate?: number;
  /** Per-row weights (e.g. to balance datasets); default 1. */
  readonly rowWeights?: ArrayLike<number>;
}

export function fitLogistic(rows: readonly ArrayLike<number>[], labels: ArrayLike<number>, options: LogisticOptions = {}): number[] {
  const epochs = options.epochs ?? 400;
  const l2 = options.l2 ?? 1e-4;
  const rate = options.learningRate ?? 0.5;
  const width = rows[0]?.length ?? 0;
  const w = new Float64Array(width);
  const squared = new Float64Array(width).fill(1e-8);
  let totalWeight = 0;
  for (let k = 0; k < rows.length; k++) totalWeight += options.rowWeights?.[k] ?? 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Float64Array(width);
    for (let k = 0; k < rows.length; k++) {
      const x = rows[k]!;
      let z = 0;
      for (let i = 0; i < width; i++) z += w[i]! * x[i]!;
      const error = (1 / (1 + Math.exp(-z)) - labels[k]!) * (options.rowWeights?.[k] ?? 1);
      if (error === 0) continue;
      for (let i = 0; i < width; i++) gradient[i]! += error * x[i]!;
    }
    for (let i = 0; i < width; i++) {
      const g = gradient[i]! / totalWeight + l2 * w[i]!;
      squared[i]! += g * g;
      w[i]! -= (rate * g) / Math.sqrt(squared[i]!);
    }
  }
  return [...w];
}
