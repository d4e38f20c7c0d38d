/** @module A story's content: the running sum of its reports' vectors, cut to its heaviest terms. */
import { topTerms, type TermVector } from './term-vector.js';

/**
 * Adds a report's unit vector to a story's summed vector and keeps the `maxTerms` heaviest terms,
 * so a story that gathers hundreds of reports still costs a fixed amount to store and to score.
 * Summing (rather than averaging) keeps old terms from being rescaled on every update, and the
 * cosine divides the length out anyway.
 */
export function addToCentroid(centroid: TermVector, vector: TermVector, maxTerms: number): Map<string, number> {
  const sum = new Map(centroid);
  for (const [term, w] of vector) sum.set(term, (sum.get(term) ?? 0) + w);
  if (sum.size <= maxTerms) return sum;
  return new Map(topTerms([...sum], maxTerms));
}
