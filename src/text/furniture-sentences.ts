/** @module Recognises known web furniture sentences (crawl notices, share and sign-up prompts) by the hash of their normalised words. */
// Here in text, below both of its users: ingest marks these sentences as non-article (a crawl notice is not
// news) and the story assigner strips them (they are not evidence of a story).
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

/**
 * hashSentence(normaliseSentence(sentence)), or null when the normalised sentence has fewer than
 * MIN_FURNITURE_WORDS words. Every sentence of every report is asked, so ASCII text is hashed as it is
 * scanned instead of being lower-cased and rewritten by a Unicode regular expression first (that was a
 * fifth of a Multi-News summary's time); other text takes the plain route.
 */
export function furnitureHash(sentence: string): number | null {
  return furnitureHashIn(sentence, 0, sentence.length);
}

/** furnitureHash of text.slice(start, end), without slicing when the text there is ASCII. */
function furnitureHashIn(text: string, start: number, end: number): number | null {
  let hash = 0x811c9dc5;
  let words = 0;
  let pendingSpace = false;
  for (let i = start; i < end; i += 1) {
    let code = text.charCodeAt(i);
    if (code >= 128) return slowFurnitureHash(text.slice(start, end));
    const isWordChar = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!isWordChar) {
      pendingSpace = words > 0;
      continue;
    }
    if (pendingSpace || words === 0) {
      if (pendingSpace) hash = Math.imul(hash ^ 32, 0x01000193) >>> 0;
      pendingSpace = false;
      words += 1;
    }
    if (code <= 90 && code >= 65) code += 32;
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
  }
  return words >= MIN_FURNITURE_WORDS ? hash : null;
}

function slowFurnitureHash(sentence: string): number | null {
  const normal = normaliseSentence(sentence);
  return normal.split(' ').length < MIN_FURNITURE_WORDS ? null : hashSentence(normal);
}

/** True when `sentence` is one of the furniture sentences learned from the train sample. */
export function isFurnitureSentence(sentence: string): boolean {
  return isFurnitureIn(sentence, 0, sentence.length);
}

function isFurnitureIn(text: string, start: number, end: number): boolean {
  if (table === null) table = new Set(FURNITURE_HASHES);
  const hash = furnitureHashIn(text, start, end);
  return hash !== null && table.has(hash);
}

/** The text without its known furniture sentences (the rest joined by spaces); `text` itself when it has none. */
export function stripFurniture(text: string): string {
  const pieces = splitPieces(text);
  const kept = pieces.filter((p) => !isFurnitureSentence(p));
  return kept.length === pieces.length ? text : kept.join(' ');
}

/** Where each known furniture sentence of `text` lies (whitespace trimmed), in order. */
export function furnitureSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const breaks = new RegExp(SENTENCE_BREAK.source, 'g');
  let pieceStart = 0;
  for (;;) {
    const m = breaks.exec(text);
    const pieceEnd = m === null ? text.length : m.index;
    if (isFurnitureIn(text, pieceStart, pieceEnd)) {
      const piece = text.slice(pieceStart, pieceEnd);
      const lead = piece.length - piece.trimStart().length;
      const trail = piece.length - piece.trimEnd().length;
      spans.push({ start: pieceStart + lead, end: pieceEnd - trail });
    }
    if (m === null) break;
    pieceStart = m.index + m[0].length;
  }
  return spans;
}
