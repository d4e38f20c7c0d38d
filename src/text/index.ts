/** @module Text: sentences and tokens with offsets into the original report text. */
export { splitSentences, type SentenceSpan } from './sentences.js';
export { splitLongSpan, MAX_SENTENCE_CHARS } from './split-long-span.js';
export { segmentReport } from './segment-report.js';
export { tokenize, stemWord, countWords, MIN_STEM_LENGTH, WORD_SOURCE } from './tokens.js';
export { STOP_WORDS, isStopWord } from './stopwords.js';
export { stemPorterNltk } from './porter-nltk.js';
export { findDateline, type Dateline, type DatelineHints } from './dateline.js';
export { leadInSpans } from './lead-ins.js';
export { furnitureSpans, stripFurniture } from './furniture-sentences.js';
export { unpairedQuotes, quotesBalanced } from './quotes.js';
