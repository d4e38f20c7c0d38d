/** @module Rare-term evidence that a report and a story are about the same event, not merely the same topic. */
import type { IdfLookup } from './idf.js';
import type { TermVector } from './term-vector.js';

/**
 * Idf at or above which a shared term counts as rare evidence: idf 7 is a document frequency of
 * about 70 in the 27,791 Multi-News train documents (a name or a place, not a topic word). Among
 * document pairs of cosine 0.08-0.21, where the threshold decides, the number of shared terms this
 * rare separates same-story pairs from others far better than the cosine or an LSA cosine does
 * (pair AUC 0.76 / 0.67 in the two bands; docs/design-clustering.md).
 */
export const DEFAULT_RARE_IDF = 7;

/**
 * The terms of `vector` with idf at or above `minIdf`, heaviest first. Picked once per report, so
 * each candidate story then costs one lookup per rare term rather than one per report term.
 */
export function rareTerms(vector: TermVector, idf: IdfLookup, minIdf: number): string[] {
  const rare: string[] = [];
  for (const term of vector.keys()) if (idf(term) >= minIdf) rare.push(term);
  return rare;
}

/** How many of `terms` the story's `centroid` holds. */
export function countShared(terms: readonly string[], centroid: TermVector): number {
  let shared = 0;
  for (const term of terms) if (centroid.has(term)) shared += 1;
  return shared;
}
