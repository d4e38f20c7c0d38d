/** @module Finds sentences that say the same thing, so a summary sentence can list every report behind it. */
import type { Candidate } from './candidates.js';

/**
 * Share of the shorter sentence's content words that the other must contain for two sentences to count as
 * one statement. 0.7 joins wire copies and light edits ("Ban Ki-moon" / "Ban Ki-Moon", a dropped clause)
 * while keeping apart sentences that merely share a topic; checked by reading pairs on the seeds and DUC 2004.
 */
export const DEFAULT_SAME_CONTENT_OVERLAP = 0.7;

function contentSet(candidate: Candidate): Set<string> {
  const set = new Set<string>();
  candidate.stems.forEach((stem, i) => {
    if (!candidate.isStop[i]) set.add(stem);
  });
  return set;
}

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
  const sets = candidates.map(contentSet);
  // Index by rarest-first content stems would be faster; clusters are small enough that an inverted index on
  // all content stems keeps this well under a millisecond per hundred sentences.
  const byStem = new Map<string, number[]>();
  const group = candidates.map((_, i) => i);
  sets.forEach((set, i) => {
    const counts = new Map<number, number>();
    for (const stem of set) {
      for (const j of byStem.get(stem) ?? []) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    for (const [j, shared] of counts) {
      const smaller = Math.min(set.size, sets[j]!.size);
      if (smaller > 0 && shared / smaller >= minOverlap && group[j] === j) {
        group[i] = j;
        break;
      }
    }
    for (const stem of set) {
      let list = byStem.get(stem);
      if (!list) byStem.set(stem, (list = []));
      list.push(i);
    }
  });
  return group;
}
