/** @module Splits text into word tokens with offsets, lower-cased and Porter-stemmed. */
import type { Token } from '../types.js';
import { stemPorterNltk } from './porter-nltk.js';

// Letters and digits only, like the ROUGE tokenizer: "al-Assad's" gives "al", "assad", "s", so the
// words we count are the words the summaries are judged on.
/** The word pattern's source, for modules that scan words themselves (each with its own /gu RegExp: a shared one would share lastIndex). */
export const WORD_SOURCE = '[\\p{L}\\p{N}]+';
const WORD = new RegExp(WORD_SOURCE, 'gu');

/** Shortest token that gets stemmed; rouge-score leaves tokens of 3 characters or fewer alone. */
export const MIN_STEM_LENGTH = 4;

const stemCache = new Map<string, string>();

/**
 * Porter stem of an already lower-cased word, cached: news vocabularies repeat heavily. NLTK's variant of
 * Porter, the one ROUGE stems with, so the concepts we cover are the units summaries are judged on.
 */
export function stemWord(norm: string): string {
  if (norm.length < MIN_STEM_LENGTH) return norm;
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    stem = stemPorterNltk(norm);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(norm, stem);
  }
  return stem;
}

/** Tokens of `text`; offsets are relative to `text` plus `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const norm = match[0].toLowerCase();
    tokens.push({ start: offset + match.index, end: offset + match.index + match[0].length, norm, stem: stemWord(norm) });
  }
  return tokens;
}

/** Number of whitespace-separated words: the unit of every word budget (as ROUGE tools count). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
