/** @module Finds the lines of a plain-text report that are not article text: captions, credits, headlines, navigation. */
import type { NonArticleKind, NonArticleRange } from '../types.js';
import { furnitureSpans, leadInSpans } from '../text/index.js';

// Lines are judged whole: in text copied from news pages a caption, credit or link sits on a line of its own
// (or ends a caption line), while article sentences run into paragraphs. The original text is never edited;
// these ranges only keep the lines out of the summary.

/** Photo and agency credits, as they appear at the end of captions or alone ("Credit: Reuters"). */
export const CREDIT = /(\bcredit:\s*\S|\bphoto(graph)?(\s+by)?:\s*\S|\bpicture by\b|\bimage (copyright|caption)\b|\b(AP|AFP|Reuters|Getty)( Images)?\s*(photo|\/)|\/\s*(AP|AFP|Reuters|Getty Images|EPA|PA)\b|Press Association Images|\(photo:|\bphoto credit\b|\bfile photo\b)/i;

// Every alternative of CREDIT contains one of these (in the lower-cased line: without the u flag, /i matches
// an ASCII letter only by an ASCII letter, so lower-casing keeps each match's letters in place). Most lines hold
// none, and a few indexOf calls cost far less than running the pattern from every position of the line.
const CREDIT_NEEDLES = ['photo', '/', 'credit:', 'picture by', 'image ', 'press association images'];

/** False when CREDIT cannot match `line`; true when it may. */
export function mayHoldCredit(line: string): boolean {
  const lower = line.toLowerCase();
  for (const needle of CREDIT_NEEDLES) if (lower.includes(needle)) return true;
  return false;
}

/** Site furniture copied along with an article. */
const NAVIGATION = /^(other news|more news|related( stories| articles| coverage)?:?|read more\b.*|see also:?|advertisement|share (this|on)\b.*|click here\b.*|sign up\b.*|subscribe\b.*|follow us\b.*|most (read|popular)|top stories|you may also like|recommended( for you)?|comments?|watch:.*|video:.*|listen:.*)$/i;

const BYLINE = /^(by\s+[\p{Lu}][\p{L}.'-]+(\s+[\p{Lu}][\p{L}.'-]+){0,3}(\s*(,|and|&)\s*[\p{L}. '-]+)?|reporting by\b.*|(additional )?(writing|editing) by\b.*)$/iu;

/**
 * Longest line taken whole as a caption. Longer lines are paragraphs (or whole articles flattened to one line,
 * as in Multi-News) where only the credit itself is marked, which keeps its sentence out of the summary.
 */
export const MAX_CAPTION_WORDS = 60;

/** A heading line has few words and no closing punctuation; longer unpunctuated lines may be cut-off text. */
export const MAX_HEADING_WORDS = 20;

function normalise(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Lines longer than this are paragraphs, not headlines, and are not checked for repeats. */
const MAX_REPEATED_LINE_CHARS = 300;

/** Whitespace-separated words in `text`, counting no further than `limit` + 1 (lines can be whole articles). */
function wordsUpTo(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= limit; i++) {
    const code = text.charCodeAt(i);
    // The same whitespace as /\s/ (a line holds no line feed), with the rare non-ASCII spaces asked of the regex.
    const space = code === 32 || code === 9 || code === 13 || code === 12 || code === 11 || (code > 127 && SPACE.test(text[i]!));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const SPACE = /\s/;

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);
const CLOSING_MARKS = new Set(['.', '!', '?', ':', ';', '\u2026']);

/**
 * Whether `line` ends on closing punctuation, quotes and brackets allowed after it: /[.!?:;…]["'”’)\]]*$/, read
 * backwards from the end (a pattern anchored only at the end is tried from every position, and flattened pages
 * are one line of a whole article). Exported for its property test.
 */
export function endsClosed(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line[i]!)) i--;
  return i >= 0 && CLOSING_MARKS.has(line[i]!);
}

function classify(line: string, seen: ReadonlySet<string>): NonArticleKind | null {
  const trimmed = line.trim();
  if (NAVIGATION.test(trimmed)) return 'navigation';
  // Counted once and capped: the credit pattern is costly to run over a whole flattened article, and a line
  // over MAX_CAPTION_WORDS cannot be a caption anyway (its credits are marked by creditsInside).
  const words = wordsUpTo(trimmed, MAX_CAPTION_WORDS);
  if (words <= 12 && BYLINE.test(trimmed)) return 'byline';
  if (words <= MAX_CAPTION_WORDS && mayHoldCredit(trimmed) && CREDIT.test(trimmed)) return 'caption';
  if (trimmed.length <= MAX_REPEATED_LINE_CHARS) {
    const key = normalise(trimmed);
    if (key !== '' && seen.has(key)) return 'repeated-headline';
  }
  const isClosed = endsClosed(trimmed);
  if (!isClosed && words <= MAX_HEADING_WORDS) {
    // Short unpunctuated lines are headlines, standfirsts and sub-headings; the first one is the title.
    return 'headline';
  }
  return null;
}

/** Credits inside a long line, each marked on its own. */
function creditsInside(line: string, offset: number): NonArticleRange[] {
  const found: NonArticleRange[] = [];
  if (!mayHoldCredit(line)) return found;
  const pattern = new RegExp(CREDIT.source, 'gi');
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, kind: 'credit' });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/**
 * Credits, known web furniture and widget labels run into a sentence ("Advertisement", lead-ins.ts) inside an
 * article line, in order. Furniture ("These crawls are part of an
 * effort to archive pages...", "Tweet with a location...") is found by sentence, since Multi-News flattens a
 * page into one line; the table of such sentences was learned from Multi-News train (text/furniture-sentences.ts).
 */
function insideLine(line: string, offset: number): NonArticleRange[] {
  const credits = creditsInside(line, offset);
  const furniture = furnitureSpans(line).map((s): NonArticleRange => ({ start: offset + s.start, end: offset + s.end, kind: 'furniture' }));
  const leadIns = leadInSpans(line).map((s): NonArticleRange => ({ start: offset + s.start, end: offset + s.end, kind: 'lead-in' }));
  if (furniture.length === 0 && leadIns.length === 0) return credits;
  return [...credits, ...furniture, ...leadIns].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Non-article ranges of `text`, in order, each covering one whole line (without its line break). */
export function findNonArticleRanges(text: string): NonArticleRange[] {
  const ranges: NonArticleRange[] = [];
  const seen = new Set<string>();
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      const kind = classify(line, seen);
      const lead = line.length - line.trimStart().length;
      const trail = line.length - line.trimEnd().length;
      if (kind !== null) ranges.push({ start: lineStart + lead, end: lineEnd - trail, kind });
      else ranges.push(...insideLine(line, lineStart));
      if ((kind === 'headline' || kind === 'repeated-headline' || kind === null) && line.length <= MAX_REPEATED_LINE_CHARS) {
        seen.add(normalise(line));
      }
    }
    lineStart = lineEnd + 1;
  }
  return ranges;
}

/** The report's title: its first line when that line reads as a headline. */
export function findTitle(text: string, ranges: readonly NonArticleRange[]): string | null {
  const first = ranges[0];
  if (first === undefined || first.kind !== 'headline') return null;
  const before = text.slice(0, first.start);
  return before.trim() === '' ? text.slice(first.start, first.end) : null;
}
