/** @module Splits text into sentences with character offsets, knowing news abbreviations, decimals and quotes. */
import { NEVER_FINAL, SENTENCE_OPENERS, SOMETIMES_FINAL } from './abbreviations.js';
import { MAX_SENTENCE_CHARS, splitLongSpan } from './split-long-span.js';

/** A sentence's offsets into the text it came from; `text.slice(start, end)` is the sentence, trimmed. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

// Written by hand rather than taken from a library: we need exact offsets, news abbreviations, speed on
// millions of characters, and the lower-cased tokenizer-spaced form of Multi-News ("said . he"), which
// neither Intl.Segmenter (no abbreviation list) nor the npm splitters (no offsets) handle.

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab']);
// Kept in step with the char codes tested first in splitSentences (46 '.', 33 '!', 63 '?', 0x2026 '…').
const TERMINATORS = new Set(['.', '!', '?', '\u2026']);

// Patterns made once: a regular expression literal is a new object each time it is evaluated, and some of
// these are asked once per character. None has the g flag, so test() and exec() keep no state.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LEADING_WORD = /^[\p{L}\p{N}']+/u;
const NAME_CHAR = /[\p{L}\p{N}'’-]/u;
const STARTS_UPPER = /^\p{Lu}/u;
const ONE_UPPER = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(\p{L}\.)+\p{L}$/u;
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\u2009' || ch === '\u202f';
}

function isUpperOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch >= '0' && ch <= '9') return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The word (letters and inner periods) that ends just before position `dot`, lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0) {
    const ch = text[i - 1]!;
    if (ch === '.' || LETTER_OR_DIGIT.test(ch)) i--;
    else break;
  }
  return text.slice(i, dot).toLowerCase();
}

function wordAfter(text: string, from: number): string {
  const match = LEADING_WORD.exec(text.slice(from, from + 40));
  return match ? match[0].toLowerCase() : '';
}

/** Number of straight double quotes between the start of the line holding `pos` and `pos`. */
function countQuotesOnLine(text: string, pos: number): number {
  let count = 0;
  for (let i = pos - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] === '"') count++;
  return count;
}

/**
 * A title abbreviation can also end a name ("strongman Hun Sen. Hun Sen complained": Cambodia's prime minister).
 * Evidence from the text itself, as Punkt weighs it: the same two words occur somewhere without the period.
 */
function isNameInText(text: string, dot: number, length: number): boolean {
  const wordStart = dot - length;
  if (text[wordStart - 1] !== ' ') return false;
  let prevStart = wordStart - 1;
  while (prevStart > 0 && NAME_CHAR.test(text[prevStart - 1]!)) prevStart--;
  if (!STARTS_UPPER.test(text.slice(prevStart, prevStart + 1))) return false;
  const pair = text.slice(prevStart, dot);
  for (let i = text.indexOf(pair); i !== -1; i = text.indexOf(pair, i + 1)) {
    const after = text[i + pair.length];
    const before = text[i - 1];
    if (after !== '.' && !LETTER_OR_DIGIT.test(after ?? '') && !LETTER_OR_DIGIT.test(before ?? '')) return true;
  }
  return false;
}

/** Decides whether the period at `dot` (followed by whitespace, then `next`) ends a sentence. */
function isPeriodFinal(text: string, dot: number, nextStart: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return true;
  if (NEVER_FINAL.has(word)) return isNameInText(text, dot, word.length);
  // A single letter is an initial ("John F. Kennedy"), unless lower-case text capitalised it away.
  if (ONE_UPPER.test(text.slice(dot - 1, dot)) && word.length === 1) return false;
  const next = text[nextStart];
  if (SOMETIMES_FINAL.has(word) || DOTTED_LETTERS.test(word)) {
    if (next !== undefined && next >= '0' && next <= '9') return false;
    return SENTENCE_OPENERS.has(wordAfter(text, nextStart));
  }
  return true;
}

/**
 * Splits `text` into sentence spans. Line breaks always end a sentence (news text puts headlines,
 * captions and paragraphs on their own lines); within a line a sentence ends at `.`, `!`, `?` or `…`
 * (with any closing quotes or brackets) followed by whitespace and an upper-case letter, digit or
 * opening quote — or a lower-case letter in text that has no upper case at all after sentence ends.
 * A sentence longer than `MAX_SENTENCE_CHARS` (4,000) comes as consecutive pieces of at most that length
 * (`splitLongSpan`), so the work of every per-sentence stage stays linear in the text's length.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e <= s) return;
    // Most sentences are short enough to keep whole (splitLongSpan would return them as they are).
    if (e - s <= MAX_SENTENCE_CHARS) spans.push({ start: s, end: e });
    else spans.push(...splitLongSpan(text, { start: s, end: e }));
  };
  const length = text.length;
  for (let i = 0; i < length; i++) {
    // Most characters are none of these: a char code test skips them without making a string.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    // Runs like "?!" or "..." end together; then closing quotes and brackets belong to this sentence. (A
    // do-while, so its step runs from the first terminator on: a step first reached after the loop was
    // optimised, at a batch's first "?!" or "...", threw the optimised code away.)
    let end = i;
    do end++;
    while (end < length && TERMINATORS.has(text[end]!));
    while (end < length && CLOSERS.has(text[end]!)) end++;
    // Tokenizer-spaced text (Multi-News) detaches quotes from words: in `vinyl! " the manager` the quote
    // closes the sentence, in `the show. " this may be` it opens the next one. Quote parity on the line
    // tells them apart.
    let opensNext = false;
    if (isSpace(text[end]) && text[end + 1] === '"' && isSpace(text[end + 2])) {
      if (countQuotesOnLine(text, end) % 2 === 1) end += 2;
      else opensNext = true;
    }
    if (end < length && !isSpace(text[end]) && text[end] !== '\n') {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < length && isSpace(text[next])) next++;
    if (next >= length || text[next] === '\n') {
      i = end - 1;
      continue; // the line break or end of text closes it
    }
    const nextCh = text[next]!;
    // After "?" or "!" a lower-case word still starts a sentence in lower-cased text ("a bore? chalk it up").
    const isLowerAfterQuestion = (ch === '?' || ch === '!') && end === i + 1 && LOWER.test(nextCh);
    const startsSentence =
      opensNext ||
      isLowerAfterQuestion ||
      isUpperOrDigit(nextCh) ||
      (OPENERS.has(nextCh) && nextCh !== "'") ||
      nextCh === '\u2014' ||
      nextCh === '-';
    if (!startsSentence) {
      i = end - 1;
      continue;
    }
    if (ch === '.' && end === i + 1 && !isPeriodFinal(text, i, next)) continue;
    push(end);
    start = end;
    i = end - 1;
  }
  push(length);
  return spans;
}
