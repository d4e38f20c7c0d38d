/** @module Finds who a sentence attributes its figures to: "according to X", "X said ...", "..., X said." */

export interface Attribution {
  /** The source as printed, without a leading "the". */
  readonly source: string;
  readonly start: number;
  readonly end: number;
}

const VERB = String.raw`(?:said|says|say|added|reported|told\s+\w+|confirmed|announced|stated|claimed|claims|estimated|estimates)`;
/** A subject of a reporting verb is a short noun phrase; longer stretches are clauses, not sources. */
export const DEFAULT_MAX_SOURCE_WORDS = 14;

const ACCORDING = /\baccording to\s+([^,.;:"“”]+?)(?=\s*(?:[,.;:"“”]|$))/i;
const LEADING = new RegExp(String.raw`^\s*(?:[A-Z][a-z]+,\s+)?(?<subject>[A-Z][^"“”;]*?)\s+${VERB}\b(?:\s+on\s+\w+)?(?:\s+that)?\s`, 'u');
const TRAILING = new RegExp(String.raw`[,"”]\s*["”]?\s*(?<subject>[^,"“”;]+?)\s+${VERB}(?:\s+on\s+\w+(?:\s+\w+)?)?\s*[.!]?["”]?\s*$`, 'u');
const INVERTED = /[,"”]\s*said\s+(?<subject>[A-Z][^,.;]+)/u;
const CLAIM = /^\s*(?<subject>[A-Z][^"“”;]*?)(?:['’]s?)?\s+(?:last\s+|latest\s+)?claim\s+(?:was|is)\s+that\b/u;

/** Clauses that open with these are not sources: "While rebels say ..." */
const SUBORDINATOR = /^(?:while|although|though|if|as|when|because|since|after|before|but|and|so)\b/i;

function clean(source: string): string {
  return source.trim().replace(/[,;:]+$/, '').replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s?$/, '');
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/).length;
}

function make(sentence: string, subject: string, from: number): Attribution | null {
  if (wordCount(subject) > DEFAULT_MAX_SOURCE_WORDS || SUBORDINATOR.test(subject.trim())) return null;
  const start = sentence.indexOf(subject, from);
  if (start < 0) return null;
  return { source: clean(subject), start, end: start + subject.length };
}

/**
 * The source a figure at `offset` in `sentence` is attributed to, or null when the sentence names
 * none. A leading "X said" covers what follows it; a trailing ", X said." covers what precedes it;
 * "according to X" covers the whole sentence.
 */
export function findAttribution(sentence: string, offset: number): Attribution | null {
  const according = ACCORDING.exec(sentence);
  if (according !== null) return make(sentence, according[1]!, according.index);
  for (const re of [CLAIM, LEADING]) {
    const m = re.exec(sentence);
    if (m !== null && m.index + m[0].length <= offset + 1) {
      const found = make(sentence, m.groups!.subject!, m.index);
      if (found !== null) return found;
    }
  }
  const trailing = TRAILING.exec(sentence);
  if (trailing !== null && trailing.index >= offset) {
    const found = make(sentence, trailing.groups!.subject!, trailing.index);
    if (found !== null) return found;
  }
  const inverted = INVERTED.exec(sentence);
  if (inverted !== null && inverted.index >= offset) return make(sentence, inverted.groups!.subject!, inverted.index);
  return null;
}
