/** @module The terms a report is matched on: stemmed content words of its title and text, counted. */
import { STOP_WORDS, tokenize } from '../text/index.js';

/**
 * How many times a title word counts against a body word. A headline names the story in a few
 * words, so each of them says more about the topic than a word of the body.
 */
export const DEFAULT_TITLE_WEIGHT = 2;

// Digits alone ("2", "10", "45") say nothing about a topic; four-digit numbers are mostly years,
// which do (1998 wire stories beside 2016 web stories), so those stay.
const SHORT_NUMBER = /^\d{1,3}$/;

/** True when a lower-cased token can tell one story from another. */
export function isContentTerm(norm: string): boolean {
  return norm.length > 1 && !STOP_WORDS.has(norm) && !SHORT_NUMBER.test(norm);
}

/** Adds the content terms (Porter stems) of `text` to `counts`, each occurrence weighing `weight`. */
export function countTerms(text: string, counts: Map<string, number>, weight = 1): Map<string, number> {
  for (const token of tokenize(text)) {
    if (isContentTerm(token.norm)) counts.set(token.stem, (counts.get(token.stem) ?? 0) + weight);
  }
  return counts;
}

/**
 * Term counts of a report: its text, plus its title counted `titleWeight` times (default
 * {@link DEFAULT_TITLE_WEIGHT}). Pure; the same input always gives the same map, in the same order.
 */
export function reportTerms(text: string, title: string | null = null, titleWeight = DEFAULT_TITLE_WEIGHT): Map<string, number> {
  const counts = new Map<string, number>();
  if (title !== null && title.trim() !== '') countTerms(title, counts, titleWeight);
  return countTerms(text, counts);
}
