/** @module Recognises known web furniture sentences (crawl notices, share and sign-up prompts) by the hash of their normalised words. */
import { FURNITURE_HASHES } from './furniture-table.js';

/** Sentences of fewer words are never looked up: short ones ("Please try again later.") are too easily real text. */
export const MIN_FURNITURE_WORDS = 4;

// Sentence ends, or line breaks: furniture notices sit in their own lines or sentences.
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;

let table: ReadonlySet<number> | null = null;

/** Lower-cased words joined by single spaces: the form the table was hashed in. */
export function normaliseSentence(sentence: string): string {
  return sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** 32-bit FNV-1a over UTF-16 code units: fast, and with ~170 entries a false hit is ~4e-8 per sentence. */
export function hashSentence(normal: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i += 1) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Splits text into sentence-sized pieces (at . ! ? followed by space, and at line breaks). */
export function splitPieces(text: string): string[] {
  return text.split(SENTENCE_BREAK);
}

/** True when `sentence` is one of the furniture sentences learned from the train sample. */
export function isFurnitureSentence(sentence: string): boolean {
  if (table === null) table = new Set(FURNITURE_HASHES);
  const normal = normaliseSentence(sentence);
  if (normal.split(' ').length < MIN_FURNITURE_WORDS) return false;
  return table.has(hashSentence(normal));
}

/** The text without its known furniture sentences (the rest joined by spaces); `text` itself when it has none. */
export function stripFurniture(text: string): string {
  const pieces = splitPieces(text);
  const kept = pieces.filter((p) => !isFurnitureSentence(p));
  return kept.length === pieces.length ? text : kept.join(' ');
}
