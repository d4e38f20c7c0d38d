import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fitLogistic, rocAuc } from './fit-logistic.js';

test('the fit recovers the weights that generated the labels', () => {
  // Deterministic labels drawn from p = σ(3x - 1) by a fixed low-discrepancy sequence.
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 4000; i += 1) {
    const x = ((i * 0.6180339887) % 1) * 4 - 2;
    const p = 1 / (1 + Math.exp(-(3 * x - 1)));
    rows.push([x]);
    labels.push(((i * 0.7548776662) % 1) < p ? 1 : 0);
  }
  const [w, b] = fitLogistic(rows, labels, [true]);
  assert.ok(Math.abs((w ?? 0) - 3) < 0.3, String(w));
  assert.ok(Math.abs((b ?? 0) + 1) < 0.2, String(b));
});

test('an unused feature keeps weight 0', () => {
  const w = fitLogistic([[0, 5], [1, 3], [0, 1], [1, 9]], [0, 1, 0, 1], [false, true]);
  assert.equal(w[0], 0);
});

test('ROC AUC equals the share of (positive, negative) pairs ranked the right way', () => {
  const scored = fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 40 }).chain((scores) =>
    fc.tuple(fc.constant(scores), fc.array(fc.constantFrom(0, 1), { minLength: scores.length, maxLength: scores.length })),
  );
  fc.assert(
    fc.property(scored, ([scores, labels]) => {
      const pos = scores.filter((_, i) => labels[i] === 1);
      const neg = scores.filter((_, i) => labels[i] === 0);
      let right = 0;
      for (const p of pos) for (const n of neg) if (p > n) right += 1;
      const expected = pos.length === 0 || neg.length === 0 ? 0.5 : right / (pos.length * neg.length);
      assert.ok(Math.abs(rocAuc(scores, labels) - expected) < 1e-12);
    }),
  );
});
