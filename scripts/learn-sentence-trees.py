#!/usr/bin/python3
"""Fits the condense regime's sentence model as gradient-boosted trees and writes them as JSON.

A training-only tool (the product reads the JSON with src/summarize/tree-ensemble.ts and needs no Python):
scikit-learn's HistGradientBoostingRegressor, from Debian's `python3-sklearn` (1.2.1; `apt-get install
python3-sklearn`, then run with /usr/bin/python3). Input: the CSV rows `learn-weights.js --condense-only
--export-sentences DIR` writes (target, then the sentence features). Deterministic: fixed random_state, no
early stopping (which would hold out a random tenth of the rows), so the same rows give the same trees.

Usage: /usr/bin/python3 scripts/learn-sentence-trees.py FIT.csv OUT.json [--tune TUNE.csv]
       [--trees 200] [--depth 4] [--rate 0.05]
"""
import argparse
import json

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import r2_score


def significant(x, digits):
    return float(f'{x:.{digits}g}')


def export(model):
    """Each tree as [feature, threshold, left, right] inner nodes and [value] leaves (tree-ensemble.ts)."""
    trees = []
    for predictors in model._predictors:
        nodes = predictors[0].nodes
        tree = []
        for node in nodes:
            if node['is_leaf']:
                tree.append([significant(node['value'], 7)])
            else:
                # Thresholds at full precision: many are feature values seen in training (5/23, say), and a
                # rounded one sends a row holding exactly that value to the other side.
                tree.append([int(node['feature_idx']), float(node['num_threshold']), int(node['left']), int(node['right'])])
        trees.append(tree)
    return {'baseline': significant(float(np.ravel(model._baseline_prediction)[0]), 10), 'trees': trees}


def predict(ensemble, x):
    total = ensemble['baseline']
    for tree in ensemble['trees']:
        node = tree[0]
        while len(node) == 4:
            node = tree[node[2]] if x[node[0]] <= node[1] else tree[node[3]]
        total += node[0]
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('fit')
    parser.add_argument('out')
    parser.add_argument('--tune')
    parser.add_argument('--trees', type=int, default=200)
    parser.add_argument('--depth', type=int, default=4)
    parser.add_argument('--rate', type=float, default=0.05)
    args = parser.parse_args()
    rows = np.loadtxt(args.fit, delimiter=',', ndmin=2)
    model = HistGradientBoostingRegressor(max_iter=args.trees, max_depth=args.depth, learning_rate=args.rate,
                                          early_stopping=False, random_state=0)
    model.fit(rows[:, 1:], rows[:, 0])
    ensemble = export(model)
    check = rows[:, 1:]
    if args.tune:
        tune = np.loadtxt(args.tune, delimiter=',', ndmin=2)
        check = tune[:, 1:]
        print(f'tuning R^2 {r2_score(tune[:, 0], model.predict(check)):.4f} '
              f'(fit R^2 {r2_score(rows[:, 0], model.predict(rows[:, 1:])):.4f})')
    sample = check[:2000]
    diff = max(abs(predict(ensemble, x) - p) for x, p in zip(sample, model.predict(sample)))
    if diff > 1e-5:
        raise SystemExit(f'the exported trees disagree with scikit-learn by {diff}')
    with open(args.out, 'w') as f:
        json.dump(ensemble, f, separators=(',', ':'))
        f.write('\n')
    print(f'wrote {args.out}: {len(ensemble["trees"])} trees, largest traversal difference {diff:.2g}')


if __name__ == '__main__':
    main()
