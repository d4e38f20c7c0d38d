/** @module ROUGE's view of text: sentence lines and stemmed tokens, exactly as the reference scorer `shared/tools/rouge.py` (rouge-score conventions) makes them. */
import { stemPorterNltk } from '../text/index.js';

/**
 * Tokens of this length or shorter are not stemmed: rouge-score's tokenizer
 * (and `rouge.py`, which follows it) stems only tokens longer than 3 characters.
 */
export const MAX_UNSTEMMED_LENGTH = 3;

/**
 * Every run of characters outside [a-z0-9] (after lowercasing) separates tokens.
 * ASCII only on purpose: rouge-score drops every non-ASCII letter the same way.
 */
const SEPARATOR = /[^a-z0-9]+/g;

/**
 * `rouge.py`'s simple sentence splitter, used when a text has a single line:
 * split at whitespace after . ! ? (optionally followed by a closing quote or
 * bracket) when the next word starts with a capital or a digit (optionally
 * after an opening quote or bracket). Copied character for character.
 */
const SENTENCE_BREAK = /(?:(?<=[.!?])|(?<=[.!?]["'\u201d\u2019)]))\s+(?=["'\u201c\u2018(]?[A-Z0-9])/;

/** Python's `str.strip()` is falsy: the text is empty or only whitespace. */
function isBlank(text: string): boolean {
  return text.trim() === '';
}

// The stemmer is the hot spot of scoring and a vocabulary is small: memoise, as rouge.py does.
const stemCache = new Map<string, string>();

/**
 * Porter stem of one token, short tokens untouched. NLTK's default mode, as
 * rouge.py uses (see src/text/porter-nltk.ts for why not the npm `stemmer` package).
 */
export function stemToken(token: string): string {
  if (token.length <= MAX_UNSTEMMED_LENGTH) return token;
  let stem = stemCache.get(token);
  if (stem === undefined) {
    stem = stemPorterNltk(token);
    stemCache.set(token, stem);
  }
  return stem;
}

/** Lowercased, ASCII-alphanumeric, stemmed tokens of `text` (rouge.py `tokens()`). */
export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(SEPARATOR, ' ').split(' ')) {
    if (raw !== '') out.push(stemToken(raw));
  }
  return out;
}

/**
 * The summary lines ROUGE-Lsum works on (rouge.py `sentences()`): a list is
 * taken as given (blank items dropped); a text with several non-blank lines is
 * split on newlines; a one-line text is split with the simple sentence splitter.
 */
export function rougeSentences(text: string | readonly string[]): string[] {
  if (typeof text !== 'string') return text.filter((s) => !isBlank(s));
  const lines = text.split('\n').filter((l) => !isBlank(l));
  if (lines.length > 1) return lines;
  return text.split(SENTENCE_BREAK).filter((s) => !isBlank(s));
}
