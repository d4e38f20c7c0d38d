/** @module Finds mentions of people, organisations and places in article sentences, from compromise's part-of-speech tags. */
import type { Sentence } from '../../types.js';
import type { EntityType } from '../types.js';
import { chunksOf } from './chunk-names.js';
import { DEFAULT_KIND_RULES } from './config.js';
import type { KindContext, KindRule } from './kind-rule.js';
import { SPEAKER_AFTER } from './lexicon.js';
import { termsOf } from './load-compromise.js';
import { typeLists, type Found } from './rules/lists.js';
import { isPersonNamed } from './rules/person-cues.js';
import { isDescription } from './rules/term-tests.js';
import { trimChunk } from './rules/trim-chunk.js';

export interface Mention {
  readonly text: string;
  readonly type: EntityType;
  /** Offsets into the report text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: Sentence;
  /** An acronym printed in parentheses right after the name: "Syrian Observatory for Human Rights (SOHR)". */
  readonly acronym: string | null;
}

/** The kind the first rule with a say gives, or null (no name) when none has one. */
function kindOf(ctx: KindContext, rules: readonly KindRule[]): EntityType | null {
  for (const rule of rules) {
    const kind = rule.kind(ctx);
    if (kind !== undefined) return kind;
  }
  return null;
}

/**
 * Every named mention in `sentences` (article sentences of one report), in text order.
 *
 * @param rules the kind rules, in the order they decide; defaults to `DEFAULT_KIND_RULES` (config.ts).
 */
export function recognizeMentions(reportText: string, sentences: readonly Sentence[], rules: readonly KindRule[] = DEFAULT_KIND_RULES): Mention[] {
  const out: Mention[] = [];
  for (const sentence of sentences) {
    const found: Found[] = [];
    for (const chunk of chunksOf(termsOf(sentence))) {
      const terms = trimChunk(chunk.terms, sentence.text);
      if (terms === null) continue;
      let startRel = terms[0]!.start;
      // "al-Fardous": the lower-case article belongs to the name.
      if (/\bal-$/i.test(sentence.text.slice(Math.max(0, startRel - 3), startRel))) startRel -= 3;
      const endRel = terms.at(-1)!.end;
      const text = sentence.text.slice(startRel, endRel).replace(/['’]s?$/, '').replace(/^-+/, '');
      if (text.length < 2) continue;
      const after = sentence.text.slice(endRel);
      // "(SOHR)" right after the name is the name's acronym, kept as its alias, not a second mention.
      if (/\(\s*$/.test(sentence.text.slice(0, startRel)) && /^\s*\)/.test(sentence.text.slice(endRel)) && /^[A-Z]{2,10}$/.test(text)) continue;
      const isPossessive = /^['’]s?\b/.test(after);
      const before = sentence.text.slice(Math.max(0, startRel - 40), startRel);
      const words = terms.map((t) => t.text.replace(/['’]s$/, ''));
      const type = kindOf({ chunk: terms, words, last: words.at(-1)!, name: text, hasRole: chunk.hasRole, after: isPossessive ? '' : after, before }, rules);
      const acronym = /^\s*\(([A-Z]{2,10})\)/.exec(after)?.[1] ?? null;
      const isFirmPerson = isPersonNamed(terms, chunk.hasRole) || SPEAKER_AFTER.test(after);
      const isGuessedPerson = type === 'person' && !isFirmPerson;
      // Words the kind rules turned down ("Canadian", "al-Qaida-linked") stay out even in a list of places.
      const isRejected = type === null && isDescription(text, words);
      found.push({ text, type, startRel: sentence.text.indexOf(text, startRel), endRel, acronym, isFirmPerson, isGuessedPerson, isRejected });
    }
    typeLists(sentence.text, found);
    for (const f of found) {
      if (f.type === null) continue;
      const start = sentence.start + f.startRel;
      out.push({ text: f.text, type: f.type, start, end: start + f.text.length, sentence, acronym: f.acronym });
    }
    void reportText;
  }
  return out;
}
