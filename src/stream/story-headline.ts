/**
 * @module A story's headline: the title of its newest report that has one, else a prefix of the brief's
 * lead sentence cut at a clause boundary (extractive, with its report and span), else the same cut of the
 * newest report's first sentence (a story too short for a summary still gets one).
 */
import { isStopWord, segmentReport } from '../text/index.js';
import type { Headline, Report, SummarySentence } from '../types.js';

/**
 * Longest sentence kept whole, and where a sentence with no clause boundary is cut, in words. News
 * headlines run 8-14 words; 16 keeps the whole first clause of a typical wire lead ("A fire turned a
 * Swedish dance hall jammed with teen-age Halloween revelers into a deathtrap" is 15).
 */
export const MAX_HEADLINE_WORDS = 16;

/**
 * Longest first clause kept whole, in words: a clause read whole beats a phrase cut short. The Aleppo
 * seed's lead ("Pro-Syrian government forces executed 82 civilians in Aleppo during the ongoing battle to
 * take back the final rebel-held area, UN officials said") has its first comma after 21 words.
 */
export const MAX_CLAUSE_WORDS = 24;

/** Shortest prefix cut at a boundary: a shorter clause is an opener ("On Tuesday,", "In Aleppo,"), not a headline. */
export const MIN_HEADLINE_WORDS = 4;

/** Words that open a new clause: the headline stops before them when no punctuation ends the first clause in range. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'who', 'which', 'after', 'when', 'where', 'because', 'since', 'despite', 'amid', 'although', 'though']);
const DASHES: ReadonlySet<string> = new Set(['-', '--', '\u2013', '\u2014']);

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const m of text.slice(start, end).matchAll(/\S+/g)) words.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  return words;
}

/** `end` moved back over trailing punctuation matched by `trailing` (a clause's comma, a sentence's full stop). */
function trimEnd(text: string, start: number, end: number, trailing: RegExp): number {
  let e = end;
  while (e > start && trailing.test(text[e - 1]!)) e -= 1;
  return e;
}

/**
 * The headline taken from one sentence, `text.slice(start, end)`: the whole sentence (without its full stop)
 * when it has at most MAX_HEADLINE_WORDS words; otherwise its first clause, the first prefix of
 * MIN_HEADLINE_WORDS to MAX_CLAUSE_WORDS words ending at a comma, semicolon, colon or dash; else the whole
 * sentence up to MAX_CLAUSE_WORDS; else the words before one that opens a clause ("and", "who", "after"...)
 * within MAX_HEADLINE_WORDS; else the first MAX_HEADLINE_WORDS words. Null for a sentence with no words.
 */
export function leadHeadline(reportId: string, text: string, start: number, end: number): Headline | null {
  const words = wordsOf(text, start, end);
  if (words.length === 0) return null;
  const from = words[0]!.start;
  const make = (to: number): Headline => ({ text: text.slice(from, to), kind: 'lead', report: reportId, start: from, end: to });
  const whole = (): Headline => make(trimEnd(text, from, words.at(-1)!.end, /[.,;:]/));
  if (words.length <= MAX_HEADLINE_WORDS) return whole();
  const lastClause = Math.min(MAX_CLAUSE_WORDS, words.length - 1);
  for (let count = MIN_HEADLINE_WORDS; count <= lastClause; count += 1) {
    const word = words[count - 1]!;
    if (/[,;:]$/.test(word.text) || DASHES.has(words[count]!.text)) return make(trimEnd(text, from, word.end, /[,;:]/));
  }
  if (words.length <= MAX_CLAUSE_WORDS) return whole();
  for (let count = MIN_HEADLINE_WORDS; count <= MAX_HEADLINE_WORDS; count += 1) {
    if (CLAUSE_OPENERS.has(words[count]!.text.toLowerCase())) return make(trimEnd(text, from, words[count - 1]!.end, /[,;:]/));
  }
  // No boundary at all: the first MAX_HEADLINE_WORDS words, less any trailing "the", "of", "during"...
  let count = MAX_HEADLINE_WORDS;
  while (count > MIN_HEADLINE_WORDS && isStopWord(words[count - 1]!.text.toLowerCase())) count -= 1;
  return make(trimEnd(text, from, words[count - 1]!.end, /[,;:]/));
}

/** The newest report's first article sentence (or first sentence) as a headline, for a story without a summary. */
function firstSentenceHeadline(report: Report): Headline | null {
  const sentences = segmentReport(report);
  const sentence = sentences.find((s) => s.isArticle && s.text.trim() !== '') ?? sentences[0];
  return sentence === undefined ? null : leadHeadline(report.id, report.text, sentence.start, sentence.end);
}

/**
 * The story's headline. `reports` are all of the story's reports in the store's order (near copies included:
 * an updated wire version's title is the newest); `summary` is the brief's, or empty before the first brief.
 * Null only when no report has a title or a word of text.
 */
export function storyHeadline(reports: readonly Report[], summary: readonly SummarySentence[]): Headline | null {
  for (let i = reports.length - 1; i >= 0; i -= 1) {
    const { id, title } = reports[i]!;
    if (title !== null && title.trim() !== '') return { text: title.trim(), kind: 'title', report: id, start: null, end: null };
  }
  const lead = summary[0]?.sources[0];
  const leadReport = lead === undefined ? undefined : reports.find((r) => r.id === lead.report);
  if (lead !== undefined && leadReport !== undefined) {
    const headline = leadHeadline(leadReport.id, leadReport.text, lead.start, lead.end);
    if (headline !== null) return headline;
  }
  for (const report of [...reports].reverse()) {
    const headline = firstSentenceHeadline(report);
    if (headline !== null) return headline;
  }
  return null;
}
