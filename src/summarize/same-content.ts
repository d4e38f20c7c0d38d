/** @module Finds sentences that say the same thing, so a summary sentence can list every report behind it. */
import type { Candidate } from './candidates.js';

/**
 * Share of the shorter sentence's content words that the other must contain for two sentences to count as
 * one statement. 0.6 joins wire copies, light edits and restatements ("Ban Ki-moon" / "Ban Ki-Moon", a
 * dropped clause) while keeping apart sentences that merely share a topic. Chosen on the training files:
 * ROUGE-1/2 on DUC 2003 (recall, 100 words) and 500 Multi-News train clusters (F1, 230 words) were
 * 0.5: 38.24/9.90, 44.61/15.76; 0.55: 39.10/10.15, 44.81/15.89; 0.6: 38.89/10.27, 44.86/15.96;
 * 0.65: 38.14/9.78, 44.76/15.85; 0.7: 38.02/9.73, 44.74/15.79.
 */
export const DEFAULT_SAME_CONTENT_OVERLAP = 0.6;

export function overlapShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}

/**
 * Groups candidates into statements: each candidate's group id is the index of the first candidate that says
 * the same. Only groups that hold sentences from different reports matter for provenance, but repeats inside
 * one report (a standfirst repeated in the body) are grouped too.
 */
export function groupSameContent(candidates: readonly Candidate[], minOverlap = DEFAULT_SAME_CONTENT_OVERLAP): number[] {
  // Content stems as small integers; an inverted index from stem to earlier sentences, and a reusable
  // counter array, find every earlier sentence sharing words with this one without building maps per pair.
  const stemIds = new Map<number, number>();
  const sets = candidates.map((candidate) => {
    const ids = new Set<number>();
    const { stemIds: stems, isStop } = candidate;
    for (let i = 0; i < stems.length; i++) {
      if (isStop[i]) continue;
      const stem = stems[i]!;
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = stemIds.size));
      ids.add(id);
    }
    return [...ids];
  });
  const byStem: number[][] = Array.from({ length: stemIds.size }, () => []);
  const shared = new Int32Array(candidates.length);
  const group = candidates.map((_, i) => i);
  sets.forEach((set, i) => {
    const touched: number[] = [];
    for (const stem of set) {
      for (const j of byStem[stem]!) {
        if (shared[j] === 0) touched.push(j);
        shared[j]! += 1;
      }
    }
    // The earliest statement this sentence repeats becomes its group; only group heads are indexed.
    let head = i;
    for (const j of touched) {
      const smaller = Math.min(set.length, sets[j]!.length);
      if (j < head && smaller > 0 && shared[j]! / smaller >= minOverlap) head = j;
      shared[j] = 0;
    }
    group[i] = head;
    if (head === i) for (const stem of set) byStem[stem]!.push(i);
  });
  return group;
}
