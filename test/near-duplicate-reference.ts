/** @module The near-copy rule on shingle strings: the plain reference near-copies.ts (hashed fingerprints) is tested against. */
import { DEFAULT_NEAR_DUPLICATE_CONTAINMENT, MIN_SHINGLES, SHINGLE_WORDS, shingleWords } from '../src/cluster/near-copy-rule.js';

export function shingles(text: string): Set<string> {
  const words = shingleWords(text);
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) set.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return set;
}

/** |A ∩ B| / min(|A|, |B|): 1 when one report is contained in the other, as a trimmed wire copy is. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / small.size;
}

export interface NearDuplicateCandidate {
  readonly id: string;
  readonly text: string;
}

/**
 * The earliest candidate `text` is a near copy of, or null. Candidates are the story's reports in
 * arrival order, so copies link to the first one seen rather than to each other in a chain.
 */
export function findNearDuplicate(text: string, candidates: readonly NearDuplicateCandidate[], threshold = DEFAULT_NEAR_DUPLICATE_CONTAINMENT): string | null {
  const own = shingles(text);
  if (own.size < MIN_SHINGLES) return null;
  for (const candidate of candidates) {
    const other = shingles(candidate.text);
    if (other.size >= MIN_SHINGLES && containment(own, other) >= threshold) return candidate.id;
  }
  return null;
}
