import assert from 'node:assert/strict';
import { test } from 'node:test';
import { predictTrees, type TreeEnsemble } from './tree-ensemble.js';

// Two hand-made trees over a 3-feature row:
//   tree 0: x0 <= 0.5 ? (x2 <= 10 ? 1 : 2) : 3
//   tree 1: x1 <= -1 ? -0.5 : 0.25
const ensemble: TreeEnsemble = {
  baseline: 0.1,
  trees: [
    [[0, 0.5, 1, 4], [2, 10, 2, 3], [1], [2], [3]],
    [[1, -1, 1, 2], [-0.5], [0.25]],
  ],
};

test('predictTrees adds the baseline and the leaf each tree routes the row to', () => {
  assert.equal(predictTrees(ensemble, [0, 0, 5]), 0.1 + 1 + 0.25);
  assert.equal(predictTrees(ensemble, [0.5, -1, 10]), 0.1 + 1 - 0.5); // "<=" goes left on equality
  assert.equal(predictTrees(ensemble, [0.2, -3, 11]), 0.1 + 2 - 0.5);
  assert.equal(predictTrees(ensemble, [0.51, 7, 0]), 0.1 + 3 + 0.25);
  assert.equal(predictTrees(ensemble, Float64Array.from([0.51, 7, 0])), 0.1 + 3 + 0.25);
});

test('predictTrees: a lone leaf is a constant, and no trees give the baseline', () => {
  assert.equal(predictTrees({ baseline: 2, trees: [[[0.5]]] }, [9]), 2.5);
  assert.equal(predictTrees({ baseline: -1, trees: [] }, [9]), -1);
});

test('predictTrees rejects a tree whose child points backwards (a cycle) or outside it', () => {
  assert.throws(() => predictTrees({ baseline: 0, trees: [[[0, 1, 0, 1], [1]]] }, [0]), /outside the tree/);
  assert.throws(() => predictTrees({ baseline: 0, trees: [[[0, 1, 1, 5], [1]]] }, [0]), /outside the tree/);
});
