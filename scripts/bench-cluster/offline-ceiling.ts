/** @module Offline ceilings of a similarity: single-link over true pairs only (an oracle) and average-link agglomerative clustering, for bench-cluster-variants. */
import type { TermVector } from '../../src/stream/cluster/term-vector.js';

/** A pair of reports (i < j) and their cosine. */
export interface ScoredPair {
  readonly similarity: number;
  readonly i: number;
  readonly j: number;
}

/** Every pair with cosine at or above `minSimilarity`, most similar first (found through postings). */
export function similarPairs(vectors: readonly TermVector[], minSimilarity: number): ScoredPair[] {
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [term, w] of v) {
      const list = postings.get(term) ?? [];
      list.push([i, w]);
      postings.set(term, list);
    }
  });
  const pairs: ScoredPair[] = [];
  vectors.forEach((v, i) => {
    const sums = new Map<number, number>();
    for (const [term, w] of v) for (const [j, x] of postings.get(term) ?? []) if (j > i) sums.set(j, (sums.get(j) ?? 0) + w * x);
    for (const [j, similarity] of sums) if (similarity >= minSimilarity) pairs.push({ similarity, i, j });
  });
  return pairs.sort((a, b) => b.similarity - a.similarity || a.i - b.i || a.j - b.j);
}

function unionFind(n: number): { find: (x: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let at = x;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  return { find, union: (a, b) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  } };
}

/** Labels when exactly the true pairs (same gold) of cosine >= `threshold` are linked: perfect precision, the recall this similarity allows. */
export function oracleLabels(pairs: readonly ScoredPair[], gold: readonly string[], threshold: number): string[] {
  const sets = unionFind(gold.length);
  for (const p of pairs) if (p.similarity >= threshold && gold[p.i] === gold[p.j]) sets.union(p.i, p.j);
  return gold.map((_, i) => String(sets.find(i)));
}

/**
 * Average-link agglomerative clustering, stopping when no two clusters' mean pairwise cosine
 * reaches `threshold` (pairs under the `pairs` floor count as 0). Sees the whole stream at once,
 * so it bounds what an online assigner using the same cosine could reach.
 */
export function averageLinkLabels(n: number, pairs: readonly ScoredPair[], threshold: number): string[] {
  const sets = unionFind(n);
  const size = new Array<number>(n).fill(1);
  const version = new Array<number>(n).fill(0);
  const alive = new Array<boolean>(n).fill(true);
  const sums = Array.from({ length: n }, () => new Map<number, number>());
  for (const p of pairs) {
    sums[p.i]?.set(p.j, p.similarity);
    sums[p.j]?.set(p.i, p.similarity);
  }
  // Max-heap of [average, a, b, version of a, version of b]; stale entries are skipped when popped.
  type Entry = [number, number, number, number, number];
  const heap: Entry[] = [];
  const push = (e: Entry): void => {
    heap.push(e);
    for (let k = heap.length - 1; k > 0; ) {
      const up = (k - 1) >> 1;
      if ((heap[up] as Entry)[0] >= (heap[k] as Entry)[0]) break;
      [heap[up], heap[k]] = [heap[k] as Entry, heap[up] as Entry];
      k = up;
    }
  };
  const pop = (): Entry | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      for (let k = 0; ; ) {
        const [l, r] = [2 * k + 1, 2 * k + 2];
        let m = k;
        if (l < heap.length && (heap[l] as Entry)[0] > (heap[m] as Entry)[0]) m = l;
        if (r < heap.length && (heap[r] as Entry)[0] > (heap[m] as Entry)[0]) m = r;
        if (m === k) break;
        [heap[m], heap[k]] = [heap[k] as Entry, heap[m] as Entry];
        k = m;
      }
    }
    return top;
  };
  for (const p of pairs) push([p.similarity, p.i, p.j, 0, 0]);
  for (let e = pop(); e !== undefined && e[0] >= threshold; e = pop()) {
    const [, a, b, va, vb] = e;
    if (!alive[a] || !alive[b] || version[a] !== va || version[b] !== vb) continue;
    alive[b] = false;
    sets.union(a, b);
    size[a] = (size[a] ?? 1) + (size[b] ?? 1);
    version[a] = (version[a] ?? 0) + 1;
    const into = sums[a] as Map<number, number>;
    for (const [k, s] of sums[b] ?? []) {
      if (k === a) continue;
      into.set(k, (into.get(k) ?? 0) + s);
      sums[k]?.delete(b);
    }
    into.delete(b);
    for (const [k, s] of into) {
      sums[k]?.set(a, s);
      if (alive[k]) push([s / ((size[a] ?? 1) * (size[k] ?? 1)), a, k, version[a] ?? 0, version[k] ?? 0]);
    }
  }
  return Array.from({ length: n }, (_, i) => String(sets.find(i)));
}
