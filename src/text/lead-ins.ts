/** @module Finds page furniture run into the start of a sentence in flattened pages ("Advertisement", "Story highlights"). */

// Multi-News-like text is a page flattened to one line, so a widget's label ("Close" on a video box,
// "Advertisement", "Story highlights") runs into the sentence after it: "Close police confirmed that two bodies...".
// The sentence is news; the label is not. Sentences each label opens in Multi-News *train* documents (10,000
// clusters) against sentences it opens in their human summaries: advertisement 579 / 0, story highlights 350 / 0,
// story continued below 219 / 0, please enable javascript to watch this video 83 / 0, close 327 / 4 (the four are
// "close call", "close behind" and "close to", kept below), photo 1,251 / 0 ("photo by ..." is a credit of unknown
// length and is left alone).
const LEAD_IN = String.raw`(?:advertisement(?: continue reading the main story)?|continue reading the main story|story highlights|story continued below|please enable javascript to watch this video|close(?! (?:to|call|calls|behind|friends?|ties|aides|allies|associates|relatives|advisers|family|range|enough|contact|observers|second)\b)|photo(?! (?:by|courtesy|credit|illustration|gallery)\b)(?![:/]))`;
// One or more labels in a row ("Photo advertisement continue reading the main story litchfield, conn. — ..."),
// then at least one more word, perhaps quoted (Multi-News spaces its quotes: `story highlights " we've lost`): a
// label alone is a sentence of furniture, marked elsewhere or harmless.
export const LEAD_INS = new RegExp(String.raw`${LEAD_IN}(?: ${LEAD_IN})*(?= +(?:["'“‘(] ?)?[\p{L}\p{N}])`, 'giu');
/**
 * Regex source for what ends just before a sentence's first word, other than the text's start: a line break, or a
 * sentence's closing punctuation (with any quotes and brackets closing after it), then blanks. Wire datelines
 * (dateline.ts) open sentences the same way.
 */
export const SENTENCE_END = String.raw`(?:\n[ \t]*|[.!?…]["'”’)\]]*[ \t]+)`;
// A label opens a sentence: at the text's start, a line's start, or after a sentence's closing punctuation.
const SENTENCE_END_BEFORE = new RegExp(`${SENTENCE_END}$`, 'u');

function opensSentence(text: string, start: number): boolean {
  if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) return false; // inside a word: "enclose"
  const before = text.slice(Math.max(0, start - 8), start);
  return SENTENCE_END_BEFORE.test(before) || (before.length === start && before.trim() === '');
}

// Every label contains one of these, lower-cased: the pattern runs only on text holding one. Under /iu an ASCII
// letter also matches the two characters that case-fold to one, the Kelvin sign (lower-cased to "k") and the
// long s "\u017f" (which lower-casing keeps): text with a long s always runs the pattern.
const LABEL_PIECES = ['advertisement', 'story', 'please enable', 'close', 'photo'];

/** False when LEAD_INS cannot match `text`; true when it may (exported for its property test). */
export function mayHoldLeadIn(text: string): boolean {
  const lower = text.toLowerCase();
  for (const piece of LABEL_PIECES) if (lower.includes(piece)) return true;
  return lower.includes('\u017f');
}

/** Where such labels open a sentence in `text` (offsets in it), in order; "the photo" and "up close" are article text. */
export function leadInSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (!mayHoldLeadIn(text)) return spans;
  LEAD_INS.lastIndex = 0;
  for (let m = LEAD_INS.exec(text); m !== null; m = LEAD_INS.exec(text)) {
    if (opensSentence(text, m.index)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
