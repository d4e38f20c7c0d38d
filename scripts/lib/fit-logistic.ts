/** @module Logistic regression by Newton-Raphson (IRLS), and the ROC AUC used to compare a model with the cosine alone. */
import { Matrix, solve } from 'ml-matrix';

/**
 * Weights then bias maximising the L2-penalised log-likelihood of `labels` given `rows`. The
 * penalty (`l2` times the number of rows, on weights only) just keeps steps finite on separable
 * data: at 1e-3 it shrank the cosine's weight enough to lose pair AUC, so keep it tiny.
 * Features not `used` are held at 0.
 */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], used: readonly boolean[], l2 = 1e-6): number[] {
  const k = used.length + 1;
  let w = new Array<number>(k).fill(0);
  for (let step = 0; step < 25; step += 1) {
    const gradient = new Array<number>(k).fill(0);
    const h = new Float64Array(k * k);
    rows.forEach((row, i) => {
      const x = [...row.map((v, j) => (used[j] === true ? v : 0)), 1];
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * (w[j] ?? 0), 0)));
      const r = (labels[i] ?? 0) - p;
      const q = p * (1 - p);
      for (let a = 0; a < k; a += 1) {
        gradient[a] = (gradient[a] ?? 0) + r * (x[a] ?? 0);
        for (let b = 0; b < k; b += 1) h[a * k + b] = (h[a * k + b] ?? 0) + q * (x[a] ?? 0) * (x[b] ?? 0);
      }
    });
    const hessian = Matrix.zeros(k, k);
    for (let a = 0; a < k; a += 1) {
      if (a < k - 1) {
        if (used[a] !== true) h[a * k + a] = 1;
        gradient[a] = (gradient[a] ?? 0) - l2 * rows.length * (w[a] ?? 0);
        h[a * k + a] = (h[a * k + a] ?? 0) + l2 * rows.length;
      }
      for (let b = 0; b < k; b += 1) hessian.set(a, b, h[a * k + b] ?? 0);
    }
    const delta = solve(hessian, Matrix.columnVector(gradient)).to1DArray();
    w = w.map((v, j) => v + (delta[j] ?? 0));
    if (Math.max(...delta.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

/** Area under the ROC curve of `scores` against 0/1 `labels` (rank-sum form; ties ranked by input order). */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const ranked = scores.map((s, i) => [s, labels[i] ?? 0] as const).sort((a, b) => a[0] - b[0]);
  let positives = 0;
  let rankSum = 0;
  ranked.forEach(([, y], r) => {
    if (y === 1) {
      positives += 1;
      rankSum += r + 1;
    }
  });
  const negatives = ranked.length - positives;
  return positives === 0 || negatives === 0 ? 0.5 : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
