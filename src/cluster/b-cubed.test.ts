import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { scoreBCubed } from './b-cubed.js';

/** Item-by-item definition, quadratic: the reference the fast version must match. */
function naiveBCubed(predicted: readonly string[], gold: readonly string[]): { precision: number; recall: number } {
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < predicted.length; i += 1) {
    let same = 0;
    let cluster = 0;
    let klass = 0;
    for (let j = 0; j < predicted.length; j += 1) {
      if (predicted[j] === predicted[i]) cluster += 1;
      if (gold[j] === gold[i]) klass += 1;
      if (predicted[j] === predicted[i] && gold[j] === gold[i]) same += 1;
    }
    precision += same / cluster;
    recall += same / klass;
  }
  return { precision: precision / predicted.length, recall: recall / predicted.length };
}

test('one cluster holding two classes of 2 and 1 items scores P 5/9 and R 1', () => {
  const score = scoreBCubed(['a', 'a', 'a'], ['x', 'x', 'y']);
  assert.equal(score.precision, (2 / 3 + 2 / 3 + 1 / 3) / 3);
  assert.equal(score.recall, 1);
});

test('all singletons score precision 1 and recall 1/|class| per item', () => {
  const score = scoreBCubed(['1', '2', '3', '4'], ['x', 'x', 'y', 'y']);
  assert.deepEqual([score.precision, score.recall], [1, 0.5]);
});

test('labels that differ only in how a pair is joined are not confused', () => {
  // "ab"+"c" and "a"+"bc" would collide under plain concatenation.
  const score = scoreBCubed(['ab', 'a'], ['c', 'bc']);
  assert.deepEqual([score.precision, score.recall, score.f1], [1, 1, 1]);
});

test('mismatched lengths are misuse and throw', () => {
  assert.throws(() => scoreBCubed(['a'], []), RangeError);
});

test('the fast score matches the item-by-item definition on any labelling', () => {
  const labels = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'ab'), fc.constantFrom('x', 'y', 'xy', 'z')), { minLength: 1, maxLength: 40 });
  fc.assert(
    fc.property(labels, (pairs) => {
      const predicted = pairs.map(([p]) => p);
      const gold = pairs.map(([, g]) => g);
      const fast = scoreBCubed(predicted, gold);
      const slow = naiveBCubed(predicted, gold);
      assert.ok(Math.abs(fast.precision - slow.precision) < 1e-12 && Math.abs(fast.recall - slow.recall) < 1e-12);
    }),
  );
});

test('scored over a subset of items, B-cubed averages those items while counting clusters and classes over the whole stream', () => {
  const predicted = ['a', 'a', 'b', 'b'];
  const gold = ['x', 'y', 'y', 'y'];
  assert.deepEqual(scoreBCubed(predicted, gold, [0, 1, 2, 3]), scoreBCubed(predicted, gold));
  // Item 1: its cluster {0,1} shares its class with 1 of 2; its class {1,2,3} shares its cluster with 1 of 3.
  const one = scoreBCubed(predicted, gold, [1]);
  assert.equal(one.precision, 1 / 2);
  assert.equal(one.recall, 1 / 3);
  assert.deepEqual(scoreBCubed(predicted, gold, []), { precision: 0, recall: 0, f1: 0 });
});
