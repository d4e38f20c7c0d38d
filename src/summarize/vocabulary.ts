/** @module Process-wide integer ids for stems, so the scoring stages count and look up numbers, not strings. */
import { isStopWord, MIN_STEM_LENGTH, stemPorterNltk, WORD_SOURCE } from '../text/index.js';

// Why by hand: the summarizer's budget is about a millisecond per Multi-News cluster, and string-keyed
// Maps (a stem id per cluster, an idf per stem, a vector per sentence) were a fifth of it. One lookup per
// token now gives both the stem id and the stop-word flag, and everything after works on integers.

/**
 * Distinct stems held before the vocabulary starts again. A long-running server sees an open vocabulary
 * (names, typos, numbers); 500,000 stems is ~40 MB and stays below the 2^21 that bigram keys allow
 * (concepts.ts). News text reaches ~100,000 stems in a few thousand clusters.
 */
export const MAX_VOCABULARY = 500_000;

// Word as written -> stem id * 2 + (1 if a stop word). Keyed by the word as it appears ("Aleppo" and
// "aleppo" are two entries with one code) so a known word costs one lookup and no lower-casing.
// Why not a Map<string, number>: looking a word up in a Map needs the word as a string, and slicing one
// per token (then hashing it) was most of encodeWords' time. This open-addressing table is probed with a
// hash made while scanning the characters and compared in place (startsWith at an offset); a word is
// sliced only the first time it is seen.
const EMPTY = -1;
// Room for 32,768 words before the first doubling (a DUC 2004 batch has 17,800 word forms): each doubling
// mid-batch threw away the tokenizer's optimised code, which was then recompiled.
const INITIAL_WORD_SLOTS = 1 << 16;
let wordSlots = INITIAL_WORD_SLOTS;
// Slot s holds its code at 2s and its hash at 2s + 1: one array, so a probe touches one cache line, not two.
let slotCodeHash = emptySlots(wordSlots);
let slotWord: string[] = new Array<string>(wordSlots).fill('');
let wordCount = 0;

function emptySlots(slots: number): Int32Array {
  const table = new Int32Array(2 * slots);
  for (let s = 0; s < slots; s++) table[2 * s] = EMPTY;
  return table;
}

function clearWords(): void {
  wordSlots = INITIAL_WORD_SLOTS;
  slotCodeHash = emptySlots(wordSlots);
  slotWord = new Array<string>(wordSlots).fill('');
  wordCount = 0;
}

/** Doubles the table, kept at most half full so probes stay short. */
function growWords(): void {
  const [old, words] = [slotCodeHash, slotWord];
  wordSlots *= 2;
  slotCodeHash = emptySlots(wordSlots);
  slotWord = new Array<string>(wordSlots).fill('');
  const mask = wordSlots - 1;
  for (let o = 0; o < words.length; o++) {
    if (old[2 * o] === EMPTY) continue;
    const hash = old[2 * o + 1]!;
    let slot = hash & mask;
    while (slotCodeHash[2 * slot] !== EMPTY) slot = (slot + 1) & mask;
    slotCodeHash[2 * slot] = old[2 * o]!;
    slotCodeHash[2 * slot + 1] = hash;
    slotWord[slot] = words[o]!;
  }
}

/** The code of `text.slice(start, end)`, whose hash is `hash`, stemming and storing it when first seen. */
function wordCode(text: string, start: number, end: number, hash: number): number {
  const mask = wordSlots - 1;
  const length = end - start;
  let slot = hash & mask;
  for (;;) {
    const code = slotCodeHash[2 * slot]!;
    if (code === EMPTY) break;
    if (slotCodeHash[2 * slot + 1] === hash) {
      const known = slotWord[slot]!;
      if (known.length === length && text.startsWith(known, start)) return code;
    }
    slot = (slot + 1) & mask;
  }
  const word = text.slice(start, end);
  // The table is the cache: stemmed directly, not through stemWord's own cache of the same words.
  const norm = word.toLowerCase();
  const stem = norm.length < MIN_STEM_LENGTH ? norm : stemPorterNltk(norm);
  const code = stemIdOf(stem) * 2 + (isStopWord(norm) ? 1 : 0);
  slotCodeHash[2 * slot] = code;
  slotCodeHash[2 * slot + 1] = hash;
  slotWord[slot] = word;
  if (2 * ++wordCount > wordSlots) growWords();
  return code;
}
const stemIds = new Map<string, number>();
const stems: string[] = [];
// 1 where the stem is all digits ("413"), a feature of every concept it is part of. Sized, like the word table,
// so that a batch rarely grows it after the tokenizer is optimised.
let numeric = new Uint8Array(1 << 15);
let generation = 0;

const DIGITS = /^\d+$/;

/** The id of a stem, new ids counting up from 0. */
export function stemIdOf(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stems.length;
    stemIds.set(stem, id);
    stems.push(stem);
    if (id >= numeric.length) {
      const grown = new Uint8Array(2 * numeric.length);
      grown.set(numeric);
      numeric = grown;
    }
    numeric[id] = DIGITS.test(stem) ? 1 : 0;
  }
  return id;
}

/** Whether the stem with this id is all digits. */
export function isNumericStem(id: number): boolean {
  return numeric[id] === 1;
}

/** The stem with this id. */
export function stemOf(id: number): string {
  const stem = stems[id];
  if (stem === undefined) throw new RangeError(`no stem with id ${id}`);
  return stem;
}

/** Number of stems with an id; every id is below it. */
export function vocabularySize(): number {
  return stems.length;
}

/** Bumped whenever ids are reset, so caches indexed by id know to start again. */
export function vocabularyGeneration(): number {
  return generation;
}

/**
 * Starts the vocabulary again once it holds MAX_VOCABULARY stems. Ids from before a reset mean nothing
 * after it, so it is called only where a summary starts (collectCandidates), never while ids are in use.
 */
export function resetVocabularyIfFull(limit = MAX_VOCABULARY): boolean {
  // Words outnumber stems (inflections, capitals), so the word table gets twice the room.
  if (stems.length < limit && wordCount < 2 * limit) return false;
  clearWords();
  stemIds.clear();
  stems.length = 0;
  generation++;
  return true;
}

// The word pattern of the tokenizer, asked only of non-ASCII characters: scanning ASCII by char code spares a
// match object per token (a regex exec per word was most of this function's time and garbage).
const WORD_CHAR = new RegExp(`^${WORD_SOURCE}$`, 'u');

// 1 for the ASCII letters and digits: the loop below tests most characters against this table inline.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** Length in UTF-16 units of the non-ASCII character at `i` if it is a word character (WORD_SOURCE), else 0. */
function wideWordCharLength(text: string, i: number): number {
  const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + width)) ? width : 0;
}

export interface EncodedWords {
  /** Stem ids of the text's tokens, in order (the tokens of `tokenize`). */
  readonly stemIds: Int32Array;
  /** 1 where the token is a stop word. */
  readonly isStop: Uint8Array;
}

// Codes of the text being encoded, grown as needed and reused by every call.
let codes = new Int32Array(1024);

// The arrays handed out are views into shared 64 KB slabs, not arrays of their own: an Int32Array of more
// than 64 bytes gets its own off-heap store, allocated and later freed one by one, and a pair per sentence
// cost five times what two views do. A slab lives while any view into it does (about a cluster's worth of
// candidates); a text too long for a quarter slab gets a buffer of its own.
const SLAB_BYTES = 1 << 16;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

function encodedArrays(count: number): EncodedWords {
  const bytes = 5 * count;
  if (bytes > SLAB_BYTES / 4) return { stemIds: new Int32Array(count), isStop: new Uint8Array(count) };
  // Int32 views start on a multiple of 4 bytes.
  let start = (slabUsed + 3) & ~3;
  if (start + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    start = 0;
  }
  slabUsed = start + bytes;
  return { stemIds: new Int32Array(slab, start, count), isStop: new Uint8Array(slab, start + 4 * count, count) };
}

/** The stem ids and stop-word flags of `text`'s tokens: the same tokens, stems and stop words as `tokenize`. */
export function encodeWords(text: string): EncodedWords {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first < 128 ? ASCII_WORD[first] === 0 : wideWordCharLength(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    // FNV-1a over the UTF-16 units of the word, for the table above.
    let hash = 0x811c9dc5 | 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
        hash = Math.imul(hash ^ c, 0x01000193);
        i++;
      } else {
        const width = wideWordCharLength(text, i);
        if (width === 0) break;
        hash = Math.imul(hash ^ c, 0x01000193);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
        i += width;
      }
    }
    if (count === codes.length) {
      const grown = new Int32Array(2 * codes.length);
      grown.set(codes);
      codes = grown;
    }
    codes[count++] = wordCode(text, start, i, hash);
  }
  const encoded = encodedArrays(count);
  const { stemIds: ids, isStop } = encoded;
  for (let i = 0; i < count; i++) {
    ids[i] = codes[i]! >> 1;
    isStop[i] = codes[i]! & 1;
  }
  return encoded;
}
