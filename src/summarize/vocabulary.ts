/** @module Process-wide integer ids for stems, so the scoring stages count and look up numbers, not strings. */
import { isStopWord, stemWord, WORD_SOURCE } from '../text/index.js';

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
const wordCodes = new Map<string, number>();
const stemIds = new Map<string, number>();
const stems: string[] = [];
let generation = 0;

/** The id of a stem, new ids counting up from 0. */
export function stemIdOf(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stems.length;
    stemIds.set(stem, id);
    stems.push(stem);
  }
  return id;
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
  if (stems.length < limit && wordCodes.size < 2 * limit) return false;
  wordCodes.clear();
  stemIds.clear();
  stems.length = 0;
  generation++;
  return true;
}

const WORD = new RegExp(WORD_SOURCE, 'gu');

export interface EncodedWords {
  /** Stem ids of the text's tokens, in order (the tokens of `tokenize`). */
  readonly stemIds: Int32Array;
  /** 1 where the token is a stop word. */
  readonly isStop: Uint8Array;
}

/** The stem ids and stop-word flags of `text`'s tokens: the same tokens, stems and stop words as `tokenize`. */
export function encodeWords(text: string): EncodedWords {
  const codes: number[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    let code = wordCodes.get(word);
    if (code === undefined) {
      const norm = word.toLowerCase();
      code = stemIdOf(stemWord(norm)) * 2 + (isStopWord(norm) ? 1 : 0);
      wordCodes.set(word, code);
    }
    codes.push(code);
  }
  const ids = new Int32Array(codes.length);
  const isStop = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    ids[i] = codes[i]! >> 1;
    isStop[i] = codes[i]! & 1;
  }
  return { stemIds: ids, isStop };
}
