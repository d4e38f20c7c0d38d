/** @module Cuts a sentence span longer than the analysis limit into pieces, each an exact span of the text. */
import type { SentenceSpan } from './sentences.js';

/**
 * The longest sentence analysed whole, in characters. Every per-sentence stage (compromise's tagger, the
 * claim patterns, the date rules) costs more than linearly in a sentence's length, so a text with no
 * sentence ends (200,000 characters took 32 s to brief) is analysed in pieces instead. The longest
 * sentences of the real data are well below it: 985 characters in DUC 2004, 1,677 in Multi-News dev,
 * 3,247 in Multi-News train (a page's gallery captions run together), so no real sentence is cut.
 * compromise's cost per character is flat from 2,000 to 8,000 characters (4-6 ms per 1,000) and grows
 * past that (7.5 ms at 16,000).
 */
export const MAX_SENTENCE_CHARS = 4_000;

/** Marks after which a cut prefers to fall, in the last half of a piece. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '\u2013', '\u2014', ')']);

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/**
 * The offset just past the last space in `text[from, to)` (after a clause mark when `afterMark`), or -1.
 * It looks back from `to` only, so cutting a long sentence costs its length, not its length times the text's.
 */
function lastBreak(text: string, from: number, to: number, afterMark: boolean): number {
  for (let i = to - 1; i > from; i--) {
    if (isSpace(text[i]) && (!afterMark || CLAUSE_MARKS.has(text[i - 1]!))) return i + 1;
  }
  return -1;
}

/**
 * `span` unchanged when it is at most `maxChars` long; otherwise consecutive pieces of at most `maxChars`
 * characters, trimmed, that together with the whitespace between them rebuild the span. A piece ends after
 * a clause mark (comma, semicolon, colon, dash, bracket) in its last half when there is one, else after its
 * last space, else (one endless word) at `maxChars`, never inside a surrogate pair.
 */
export function splitLongSpan(text: string, span: SentenceSpan, maxChars: number = MAX_SENTENCE_CHARS): SentenceSpan[] {
  if (span.end - span.start <= maxChars) return [span];
  const pieces: SentenceSpan[] = [];
  let start = span.start;
  while (start < span.end) {
    while (start < span.end && isSpace(text[start])) start++;
    if (start >= span.end) break;
    if (span.end - start <= maxChars) {
      pieces.push({ start, end: span.end });
      break;
    }
    const limit = start + maxChars;
    const half = start + Math.floor(maxChars / 2);
    let cut = lastBreak(text, half, limit, true);
    if (cut === -1) cut = lastBreak(text, start, limit, false);
    if (cut === -1) {
      cut = limit;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    let end = cut;
    while (end > start && isSpace(text[end - 1])) end--;
    pieces.push({ start, end });
    start = cut;
  }
  return pieces;
}
