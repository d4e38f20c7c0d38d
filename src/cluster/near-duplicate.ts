/** @module Near-duplicate reports (syndicated wire copies, trimmed or lightly edited versions) by shared word 5-grams. */

/** Words per shingle: Broder's w-shingling (1997) with w = 5, long enough that unrelated reports rarely share one. */
export const SHINGLE_WORDS = 5;

/**
 * Share of the shorter report's shingles found in the other one, from which it is a copy.
 * Measured on same-story report pairs: the median is 0.000 (Multi-News dev, 2,887 pairs) and
 * 0.001 (DUC 2004, 2,250 pairs); most pairs above 0.5 are above 0.8 (26 of 27, 61 of 104), the
 * mark of one wire text carried twice (not checked pair by pair), and few pairs fall between
 * 0.3 and 0.5 (15 and 18), so the cut sits in that valley.
 */
export const DEFAULT_NEAR_DUPLICATE_CONTAINMENT = 0.5;

/** Too few shingles to judge: a one-line report would match any report quoting that line. */
export const MIN_SHINGLES = 20;

/** The words shingles are made of: lower-cased runs of letters and digits (also the fingerprints' of assign-near-copies.ts). */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

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
