/** @module Sparse tf-idf vectors of reports and their cosine. */
import type { IdfLookup } from './idf.js';

/** A sparse vector: term -> weight. Insertion order is kept deterministic by every builder here. */
export type TermVector = ReadonlyMap<string, number>;

/**
 * Unit-length tf-idf vector of term counts, with sublinear tf (1 + ln tf): a name said ten times
 * is more telling than one said once, but not ten times more (Manning et al., IR book 6.4.1).
 * The `maxTerms` heaviest terms are kept, heaviest first (ties broken by term), then normalised:
 * the story index probes a report through its first terms.
 */
export function weighTerms(counts: ReadonlyMap<string, number>, idf: IdfLookup, maxTerms: number): TermVector {
  const weighted: [string, number][] = [];
  for (const [term, count] of counts) weighted.push([term, (1 + Math.log(count)) * idf(term)]);
  const kept = topTerms(weighted, maxTerms);
  let norm = 0;
  for (const [, w] of kept) norm += w * w;
  norm = Math.sqrt(norm);
  const vector = new Map<string, number>();
  if (norm === 0) return vector;
  for (const [term, w] of kept) vector.set(term, w / norm);
  return vector;
}

/** The `k` heaviest entries, heaviest first, ties broken by term so the result never depends on order. */
export function topTerms(entries: readonly (readonly [string, number])[], k: number): [string, number][] {
  return [...entries]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map(([t, w]) => [t, w]);
}

/** Dot product of two sparse vectors, iterating over the smaller. */
export function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/** Euclidean length of a sparse vector. */
export function norm(a: TermVector): number {
  let sum = 0;
  for (const w of a.values()) sum += w * w;
  return Math.sqrt(sum);
}
