/** @module The baseline: naive single-pass tf-idf clustering (raw words, idf from the stream so far, whole centroids). */
import { STOP_WORDS } from '../../src/text/index.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Day number of each text (null: undated) and the window in days. */
export interface NaiveWindow {
  readonly days: readonly (number | null)[];
  readonly windowDays: number;
}

/**
 * The textbook single-pass clusterer the issue compares against: lower-cased words without stop
 * words (no stemming), raw tf times idf counted over the reports seen so far, cosine with the
 * summed vector of every story (no cut), join the best story at or above `threshold`.
 * Stories are scored through postings, which changes speed, not results. With `window`, a report
 * only meets stories last updated within `window.days` days of it (the TDT time window; either day
 * null: no limit).
 */
export function naiveSinglePass(texts: readonly string[], threshold: number, window: NaiveWindow | null = null): string[] {
  const df = new Map<string, number>();
  const postings = new Map<string, Map<number, number>>();
  const centroids: Map<string, number>[] = [];
  const norms: number[] = [];
  const labels: string[] = [];
  const lastDays: (number | null)[] = [];
  let seen = 0;
  for (const [k, text] of texts.entries()) {
    const day = window?.days[k] ?? null;
    const tf = new Map<string, number>();
    for (const match of text.toLowerCase().matchAll(WORD)) {
      const word = match[0];
      if (word.length > 1 && !STOP_WORDS.has(word)) tf.set(word, (tf.get(word) ?? 0) + 1);
    }
    seen += 1;
    for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
    const vector = new Map<string, number>();
    let length = 0;
    for (const [word, count] of tf) {
      const w = count * Math.log((seen + 1) / (df.get(word) ?? 1));
      vector.set(word, w);
      length += w * w;
    }
    length = Math.sqrt(length) || 1;
    const sums = new Map<number, number>();
    for (const [word, w] of vector) {
      for (const [story, cw] of postings.get(word) ?? []) sums.set(story, (sums.get(story) ?? 0) + (w / length) * cw);
    }
    let best = -1;
    let bestSim = 0;
    for (const [story, sum] of sums) {
      const last = lastDays[story] ?? null;
      if (window !== null && day !== null && last !== null && Math.abs(day - last) > window.windowDays) continue;
      const sim = sum / (norms[story] ?? 1);
      if (sim > bestSim || (sim === bestSim && story < best)) [best, bestSim] = [story, sim];
    }
    if (best < 0 || bestSim < threshold) {
      best = centroids.length;
      centroids.push(new Map());
    }
    const centroid = centroids[best] as Map<string, number>;
    for (const [word, w] of vector) {
      const updated = (centroid.get(word) ?? 0) + w / length;
      centroid.set(word, updated);
      let posting = postings.get(word);
      if (posting === undefined) postings.set(word, (posting = new Map()));
      posting.set(best, updated);
    }
    let n = 0;
    for (const w of centroid.values()) n += w * w;
    norms[best] = Math.sqrt(n);
    const last = lastDays[best] ?? null;
    lastDays[best] = day === null ? last : last === null ? day : Math.max(last, day);
    labels.push(`n-${best}`);
  }
  return labels;
}
