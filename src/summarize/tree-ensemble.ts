/** @module Applies a small gradient-boosted tree ensemble (regression) that the summarizer learned offline. */

/**
 * One regression tree as nodes in an array, the root first. An inner node is
 * `[feature, threshold, left, right]` (go left when `row[feature] <= threshold`, as scikit-learn's
 * HistGradientBoostingRegressor does; children are indexes into the same array); a leaf is `[value]`.
 */
export type TreeNode = readonly [number] | readonly [number, number, number, number];

/** Prediction = baseline + the leaf value each tree routes the row to. */
export interface TreeEnsemble {
  readonly baseline: number;
  readonly trees: readonly (readonly TreeNode[])[];
}

/** All trees' nodes in flat typed arrays (feature −1 marks a leaf, whose value sits in `threshold`). */
interface FlatEnsemble {
  readonly baseline: number;
  readonly roots: Int32Array;
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
}

// Flattened once per ensemble object: walking typed arrays instead of nested JSON arrays keeps a sentence's
// prediction to a few hundred comparisons with no allocation (the Multi-News budget is ~1 ms per cluster).
const flattened = new WeakMap<TreeEnsemble, FlatEnsemble>();

function flatten(ensemble: TreeEnsemble): FlatEnsemble {
  const size = ensemble.trees.reduce((sum, t) => sum + t.length, 0);
  const flat = {
    baseline: ensemble.baseline,
    roots: new Int32Array(ensemble.trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
  };
  let offset = 0;
  ensemble.trees.forEach((tree, t) => {
    flat.roots[t] = offset;
    tree.forEach((node, i) => {
      const at = offset + i;
      if (node.length === 1) {
        flat.feature[at] = -1;
        flat.threshold[at] = node[0];
        return;
      }
      const [feature, threshold, left, right] = node;
      if (left <= i || right <= i || left >= tree.length || right >= tree.length) {
        throw new Error(`tree ${t}: node ${i} has children ${left}, ${right} outside the tree (or not after it)`);
      }
      flat.feature[at] = feature;
      flat.threshold[at] = threshold;
      flat.left[at] = offset + left;
      flat.right[at] = offset + right;
    });
    offset += tree.length;
  });
  return flat;
}

/** The ensemble's prediction for one feature row. */
export function predictTrees(ensemble: TreeEnsemble, row: ArrayLike<number>): number {
  let flat = flattened.get(ensemble);
  if (!flat) {
    flat = flatten(ensemble);
    flattened.set(ensemble, flat);
  }
  const { roots, feature, threshold, left, right } = flat;
  let sum = flat.baseline;
  for (let t = 0; t < roots.length; t++) {
    let i = roots[t]!;
    let f = feature[i]!;
    while (f >= 0) {
      i = row[f]! <= threshold[i]! ? left[i]! : right[i]!;
      f = feature[i]!;
    }
    sum += threshold[i]!;
  }
  return sum;
}
