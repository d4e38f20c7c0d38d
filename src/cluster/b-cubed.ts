/** @module B-cubed precision, recall and F1 of a clustering against true classes (Bagga & Baldwin 1998; Amigó et al. 2009). */

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Scores predicted clusters against gold classes, item by item: an item's precision is the share
 * of its predicted cluster that shares its gold class, its recall the share of its gold class that
 * shares its predicted cluster; both are averaged over items and F1 is their harmonic mean.
 * `predicted[i]` and `gold[i]` label the same item. Empty input scores 1 (nothing was wrong).
 *
 * With `over` (item indices), the average runs over those items only while cluster and class sizes
 * still count the whole stream: one source's reports scored inside a mixed stream. An empty `over`
 * scores 0.
 */
export function scoreBCubed(predicted: readonly string[], gold: readonly string[], over?: readonly number[]): BCubed {
  if (predicted.length !== gold.length) throw new RangeError(`B-cubed needs one gold label per item: got ${predicted.length} predicted and ${gold.length} gold`);
  if (predicted.length === 0 && over === undefined) return { precision: 1, recall: 1, f1: 1 };
  const pairs = new Map<string, number>();
  const clusterSize = new Map<string, number>();
  const classSize = new Map<string, number>();
  for (let i = 0; i < predicted.length; i += 1) {
    const p = predicted[i] ?? '';
    const g = gold[i] ?? '';
    const key = `${p.length}:${p}${g}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    clusterSize.set(p, (clusterSize.get(p) ?? 0) + 1);
    classSize.set(g, (classSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  const items = over ?? predicted.keys();
  for (const i of items) {
    const p = predicted[i] ?? '';
    const g = gold[i] ?? '';
    const both = pairs.get(`${p.length}:${p}${g}`) ?? 0;
    precision += both / (clusterSize.get(p) ?? 1);
    recall += both / (classSize.get(g) ?? 1);
  }
  const n = over === undefined ? predicted.length : over.length || 1;
  precision /= n;
  recall /= n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
