/** @module The figures a sentence states ("10,000 civilians", "70 percent"), as keys two sentences can share. */
import { isStopWord, stemWord } from '../text/index.js';

// A number, then up to three words of which the first content word names what is counted. "more than 10,000
// civilians" and "around 10,000 civilians fled" both give "10000 civilian"; "70%" and "70 percent" give
// "70 percent". Years standing alone ("in 2011") and days after a month ("November 15") are dates, not figures.
const FIGURE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{N}])(\s*(?:%|percent\b|per cent\b))?((?:[\s-]+[\p{L}']+){0,3})/gu;
const WORD = /[\p{L}']+/gu;
const ASCII_DIGIT = /[0-9]/;
// Made once, not per figure (a regular expression literal is a new object each time it is evaluated).
const YEAR = /^(1[89]|20)\d\d$/;
const POSSESSIVE = /'s?$/;
const AFTER_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/i;

function isYear(n: string): boolean {
  return YEAR.test(n);
}

/** Keys of the figures `text` states; empty when it states none. */
export function figureKeysOf(text: string): string[] {
  const keys: string[] = [];
  // Every figure starts with an ASCII digit (\d under the u flag); most sentences have none, and a scan for one
  // costs less than the pattern's lookbehind tried at every position.
  if (!ASCII_DIGIT.test(text)) return keys;
  for (const m of text.matchAll(FIGURE)) {
    const value = m[1]!.replaceAll(',', '');
    if (m[2] !== undefined) {
      keys.push(`${value} percent`);
      continue;
    }
    // "2,000 civilians" is a figure however it reads without its comma; "in 2000" is a year.
    if ((!m[1]!.includes(',') && isYear(value)) || AFTER_MONTH.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    for (const w of m[3]!.matchAll(WORD)) {
      const norm = w[0].toLowerCase().replace(POSSESSIVE, '');
      if (norm === '' || isStopWord(norm)) continue;
      keys.push(`${value} ${stemWord(norm)}`);
      break;
    }
  }
  return keys;
}
