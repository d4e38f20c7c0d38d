/** @module The near-copy rule (syndicated wire copies, trimmed or lightly edited versions share word 5-grams): its constants and words; near-copies.ts applies it on hashes, test/near-duplicate-reference.ts on strings. */

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
