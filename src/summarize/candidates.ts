/** @module Chooses which sentences may enter a summary and prepares their tokens. */
import type { Report, Sentence } from '../types.js';
import { countWords } from '../text/index.js';
import { encodeWords, resetVocabularyIfFull } from './vocabulary.js';

export interface Candidate {
  readonly sentence: Sentence;
  /** Index of the sentence's report in the cluster. */
  readonly doc: number;
  /** Stem ids (vocabulary.ts) of the sentence's tokens, in order. */
  readonly stemIds: Int32Array;
  /** 1 where the token is a stop word, parallel to `stemIds`. */
  readonly isStop: Uint8Array;
  readonly words: number;
  /** 0 for the first article sentence of its report, counting up. */
  readonly position: number;
}

/** Sentences shorter than this rarely carry a whole fact; DUC-era systems used 8 to 10 words. */
export const DEFAULT_MIN_WORDS = 8;
/** Longer sentences are usually run-ons from broken segmentation and eat the budget; 80 beat 45 and 60 on DUC 2003 and a Multi-News train slice (scripts: see DESIGN.md). */
export const DEFAULT_MAX_WORDS = 80;

// A sentence must end as sentences do: text cut off by truncation or a missing paragraph break
// ("the rebels have asked for") would read as an error in a summary. That is /[.!?…]["'”’)\]]*$/, read
// backwards from the end: a regular expression anchored only at the end tries every position of the text.
const ENDS_SENTENCE = new Set(['.', '!', '?', '\u2026']);
const CLOSES_QUOTE = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);

/** Whether `text` ends as a sentence does (exported for its property test against that expression). */
export function endsComplete(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSES_QUOTE.has(text[i]!)) i--;
  return i >= 0 && ENDS_SENTENCE.has(text[i]!);
}

// A sentence is also cut when it ends on an ellipsis: a quotation trailing off ("...know how they are ...")
// gives the reader part of a sentence. (A quotation left open is the other cut; whether one is open depends on
// the sentences around it, so units.ts handles it.)
// That is /(?:\.\s*\.\s*\.|\u2026)["'\u201d\u2019)\]]*$/, read backwards from the end for the same reason.
const SPACE = /\s/;

/** Whether `text` ends on an ellipsis, closing quotes and brackets allowed after it (exported for its property test). */
export function endsOnEllipsis(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSES_QUOTE.has(text[i]!)) i--;
  if (i >= 0 && text[i] === '\u2026') return true;
  // Three periods, each pair perhaps apart by white space.
  for (let dots = 0; dots < 3; dots++) {
    if (dots > 0) while (i >= 0 && SPACE.test(text[i]!)) i--;
    if (i < 0 || text[i] !== '.') return false;
    i--;
  }
  return true;
}

/** Whether `text` is a whole sentence by its own letters: it ends as one does, and not on an ellipsis. */
export function isWhole(text: string): boolean {
  return endsComplete(text) && !endsOnEllipsis(text);
}

// A quotation credited only to a pronoun ('"It must have been terrifying for them", she said.') cannot be
// understood without the sentence before it, which a summary does not carry.
const PRONOUN_QUOTE = /^["\u201c].*["\u201d],?\s+(he|she|they|it)\s+(said|says|added|adds|told\s+\S+)\.?$/i;

export interface CandidateOptions {
  readonly minWords?: number;
  readonly maxWords?: number;
  /**
   * Only a report's first this-many article sentences may be chosen; default all. (A cap of 30 ran about a
   * fifth faster on DUC but was no better on DUC 2003, 39.32/10.52 R1/R2 recall against 39.12/10.64, and
   * worse on DUC 2004, so it is off.)
   */
  readonly maxPosition?: number;
}

export function collectCandidates(
  reports: readonly Report[],
  sentencesByReport: readonly (readonly Sentence[])[],
  options: CandidateOptions = {},
): Candidate[] {
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const maxPosition = options.maxPosition ?? Number.POSITIVE_INFINITY;
  const candidates: Candidate[] = [];
  // Stem ids live until the next summary starts; this is the one safe place to recycle them.
  resetVocabularyIfFull();
  // Indexed loops: until this code is optimised (a batch's first clusters), for-of allocates per element.
  for (let doc = 0; doc < reports.length; doc++) {
    let position = 0;
    const sentences = sentencesByReport[doc] ?? [];
    for (let k = 0; k < sentences.length; k++) {
      const sentence = sentences[k]!;
      if (!sentence.isArticle) continue;
      const pos = position++;
      if (pos >= maxPosition) break;
      const words = countWords(sentence.text);
      if (words < minWords || words > maxWords) continue;
      if (!isWhole(sentence.text) || PRONOUN_QUOTE.test(sentence.text)) continue;
      const { stemIds, isStop } = encodeWords(sentence.text);
      candidates.push({
        sentence,
        doc,
        stemIds,
        isStop,
        words,
        position: pos,
      });
    }
  }
  return candidates;
}
