import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averageLinkLabels, oracleLabels, similarPairs } from './offline-ceiling.js';

const unit = (entries: readonly [string, number][]): Map<string, number> => {
  const length = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return new Map(entries.map(([t, w]) => [t, w / length]));
};
// Two tight pairs (0-1 on "quake", 2-3 on "vote") and a weak bridge between 1 and 2.
const vectors = [
  unit([['quake', 1], ['japan', 1]]),
  unit([['quake', 1], ['japan', 1], ['elect', 0.3]]),
  unit([['vote', 1], ['senat', 1], ['japan', 0.3]]),
  unit([['vote', 1], ['senat', 1]]),
];

test('similarPairs finds every pair over the floor, most similar first (ties by position), with its exact cosine', () => {
  const pairs = similarPairs(vectors, 0.01);
  assert.deepEqual(pairs.map((p) => [p.i, p.j]), [[0, 1], [2, 3], [0, 2], [1, 2]]);
  assert.ok(Math.abs((pairs[0]?.similarity ?? 0) - 2 / Math.sqrt(2 * 2.09)) < 1e-12);
});

test('the oracle links only same-gold pairs at or above its threshold', () => {
  const pairs = similarPairs(vectors, 0.01);
  assert.deepEqual(oracleLabels(pairs, ['a', 'a', 'a', 'b'], 0.05), ['0', '0', '0', '3']);
  assert.deepEqual(oracleLabels(pairs, ['a', 'a', 'a', 'b'], 0.5), ['0', '0', '2', '3']);
});

test('average link merges the two tight pairs and stops before the weak bridge', () => {
  const pairs = similarPairs(vectors, 0.01);
  assert.deepEqual(averageLinkLabels(4, pairs, 0.5), ['0', '0', '2', '2']);
  assert.deepEqual(averageLinkLabels(4, pairs, 0.01), ['0', '0', '0', '0']);
  assert.deepEqual(averageLinkLabels(4, pairs, 0.999), ['0', '1', '2', '3']);
});
