/**
 * @module Near-copy checks for the server's assignment thread with each story's reports kept as
 * shingle fingerprints between batches: `findNearDuplicate` shingles every candidate's text again
 * for every new report, and the candidates' texts were read back from the store for every batch
 * (2.1 s of shingling and ~1.3 s of the store's statement time per bench:serve run,
 * docs/design-web.md, Measures). Same rule as near-copy-rule.ts and test/near-duplicate-reference.ts (word 5-grams, containment in the
 * shorter report, at least MIN_SHINGLES), on 53-bit hashes of the shingles instead of the strings,
 * made from hashes of the words (building the shingle strings was most of the time left).
 */
import { DEFAULT_NEAR_DUPLICATE_CONTAINMENT, MIN_SHINGLES, SHINGLE_WORDS, shingleWords } from './near-copy-rule.js';

/**
 * Reports whose fingerprints are kept (least recently used stories dropped first; a dropped story
 * is read from the store again when it gains a report). A fingerprint is 8 bytes per shingle, about
 * 6 kB for a 5 kB news text, so 10,000 reports stay under 100 MB.
 */
export const DEFAULT_NEAR_COPY_REPORTS = 10_000;

/** A report's shingles as sorted 53-bit hashes (null: too few shingles to judge). */
export interface Fingerprint {
  readonly id: string;
  readonly hashes: Float64Array | null;
}

/**
 * Each word as two 32-bit hashes (FNV-1a and a multiply-xor lane): words repeat, so each distinct
 * word is hashed once per text.
 */
function wordHashes(words: readonly string[]): { readonly a: Int32Array; readonly b: Int32Array } {
  const seen = new Map<string, number>();
  const a = new Int32Array(words.length);
  const b = new Int32Array(words.length);
  const ha: number[] = [];
  const hb: number[] = [];
  for (let w = 0; w < words.length; w += 1) {
    const word = words[w]!;
    let k = seen.get(word);
    if (k === undefined) {
      let h1 = 0x811c9dc5;
      let h2 = 0x41c6ce57;
      for (let i = 0; i < word.length; i += 1) {
        const c = word.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 16777619);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
      k = ha.length;
      ha.push(h1);
      hb.push(Math.imul(h2 ^ (h2 >>> 15), 2246822507));
      seen.set(word, k);
    }
    a[w] = ha[k]!;
    b[w] = hb[k]!;
  }
  return { a, b };
}

/**
 * A report's 5-word shingles (as `shingles` makes them) as sorted, distinct 53-bit hashes, made
 * from per-word hashes without building the shingle strings: two 32-bit lanes mixed word by word
 * (different multipliers, so the lanes are independent), 21 bits of one and 32 of the other.
 * Two distinct shingles of one story share a hash by chance with odds ~1e-16 per pair.
 */
export function fingerprint(id: string, text: string): Fingerprint {
  const words = shingleWords(text);
  const count = words.length - SHINGLE_WORDS + 1;
  if (count < MIN_SHINGLES) return { id, hashes: null };
  const { a, b } = wordHashes(words);
  const all = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    let h1 = 0x9e3779b9;
    let h2 = 0x85ebca6b;
    for (let j = i; j < i + SHINGLE_WORDS; j += 1) {
      h1 = Math.imul(h1 ^ a[j]!, 0x01000193);
      h1 ^= h1 >>> 13;
      h2 = Math.imul(h2 ^ b[j]!, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) ^ Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b) ^ Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
    all[i] = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
  all.sort();
  // Distinct, as `shingles` is a Set: a repeated 5-gram counts once.
  let n = 0;
  for (let i = 0; i < all.length; i += 1) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  // Fewer than MIN_SHINGLES distinct shingles: too few to judge, as findNearDuplicate says.
  return { id, hashes: n < MIN_SHINGLES ? null : all.slice(0, n) };
}

/** |A ∩ B| / min(|A|, |B|) over two sorted hash lists (test/near-duplicate-reference.ts's `containment`). */
export function hashContainment(a: Float64Array, b: Float64Array): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      shared += 1;
      i += 1;
      j += 1;
    }
  }
  return shared / small;
}

/** The earliest candidate `own` is a near copy of, or null (`findNearDuplicate`'s rule). */
export function findNearCopy(own: Fingerprint, candidates: readonly Fingerprint[], threshold = DEFAULT_NEAR_DUPLICATE_CONTAINMENT): string | null {
  if (own.hashes === null) return null;
  for (const candidate of candidates) if (candidate.hashes !== null && hashContainment(own.hashes, candidate.hashes) >= threshold) return candidate.id;
  return null;
}

/**
 * Where `report` goes in a story's list: the store's order is the order of storing (ids are
 * `r<seq>`), and a fetched report can be assigned after reports stored later than it.
 */
function seqOf(id: string): number {
  const n = Number(id.slice(1));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

export function insertInOrder(list: Fingerprint[], report: Fingerprint): void {
  const seq = seqOf(report.id);
  let i = list.length;
  while (i > 0 && seqOf(list[i - 1]!.id) > seq) i -= 1;
  list.splice(i, 0, report);
}

/**
 * Each story's committed reports (in the store's order) as fingerprints, for the one process that
 * assigns them: a batch reads a story from here (or the store), extends its own copy, and puts it
 * back only after its commit, so what is held never runs ahead of the store.
 */
export interface NearCopyIndex {
  /** The story's fingerprints, or undefined when not held (read its reports from the store). */
  get(storyId: string): readonly Fingerprint[] | undefined;
  /** Holds a story's fingerprints after a commit, dropping the least recently used stories past the bound. */
  set(storyId: string, reports: readonly Fingerprint[]): void;
}

export function createNearCopyIndex(maxReports = DEFAULT_NEAR_COPY_REPORTS): NearCopyIndex {
  const stories = new Map<string, readonly Fingerprint[]>();
  let total = 0;
  return {
    get(storyId) {
      const list = stories.get(storyId);
      if (list === undefined) return undefined;
      stories.delete(storyId);
      stories.set(storyId, list);
      return list;
    },
    set(storyId, reports) {
      total -= stories.get(storyId)?.length ?? 0;
      stories.delete(storyId);
      stories.set(storyId, reports);
      total += reports.length;
      for (const [id, oldest] of stories) {
        if (total <= maxReports || id === storyId) break;
        stories.delete(id);
        total -= oldest.length;
      }
    },
  };
}
