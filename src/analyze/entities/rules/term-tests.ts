/** @module What one tagged word is: capitalised, a proper word that can start or continue a name, a common word. */
import { isCountryName, isNationality } from '../nationalities.js';
import { DESCRIBING_SUFFIX, NAME_TAGS, NOT_NAME } from '../lexicon.js';
import { lexiconTags } from '../load-compromise.js';
import { has, isCapitalised, type Term } from '../term.js';
import { isTitle } from './titles.js';

/** A capitalised word that can be part of a name (the first word of a sentence only with a name tag). */
export function isProper(t: Term, isFirst: boolean): boolean {
  if (!isCapitalised(t) || NOT_NAME.test(t.text.replace(/['’]s$/, ''))) return false;
  // "Nov. 3", "Sept. 5": a month abbreviated with its full stop ("Jan Egeland" has none).
  if (has(t, 'Month') && /^\./.test(t.post)) return false;
  return !isFirst || has(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Country', 'City');
}

/**
 * A capitalised word that opens a sentence and stands alone is a common word when compromise's lexicon
 * knows it as one: "Defeat seems inevitable", "Key to the deal was", "Analysts said".
 */
export function isCommonWordAlone(terms: readonly Term[], i: number): boolean {
  const next = terms[i + 1];
  if (isTitle(terms[i]!)) return false;
  if (next !== undefined && isCapitalised(next) && !/[,.;:!?]/.test(terms[i]!.post)) return false;
  const tags = lexiconTags(terms[i]!.text.toLowerCase().replace(/['’]s$/, ''));
  return tags !== undefined && !tags.some((x) => NAME_TAGS.has(x));
}

/** A word compromise's lexicon knows only as an adjective ("White", "Supreme"), not as part of a name. */
export function isCommonAdjective(word: string): boolean {
  return lexiconTags(word.toLowerCase())?.every((x) => x === 'Adjective' || x === 'Comparable') ?? false;
}

/** A place compromise's lexicon or our country table knows by this whole name: "Prince Edward Island", "British Columbia". */
export function isKnownPlace(name: string): boolean {
  const tags = lexiconTags(name.toLowerCase()) ?? [];
  return isCountryName(name) || tags.some((x) => x === 'Place' || x === 'Region' || x === 'Country' || x === 'City');
}

/**
 * compromise tags an unknown first word of a sentence as a common noun ("Hun" in "Hun Sen's party won");
 * one its lexicon does not know, directly before a capitalised word, starts a name.
 */
export function isUnknownWordBeforeName(terms: readonly Term[]): boolean {
  const [first, next] = terms;
  if (first === undefined || next === undefined || !isCapitalised(first) || !isProper(next, false) || /[,.;:!?'’]/.test(first.post)) return false;
  return lexiconTags(first.text.toLowerCase()) === undefined && !has(first, 'Verb', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun');
}

/**
 * "Republicans", "Socialists", "Democrats": a party's members by the plural of its describing word (one the lexicon
 * knows as an adjective, with an adherent's ending: -an, -ist, -ive, -al), or "-crats", are a body of members.
 */
export function isMembersOf(words: readonly string[]): boolean {
  const word = words[0]!;
  if (words.length !== 1 || !/^\p{Lu}\p{Ll}+s$/u.test(word) || isNationality(word)) return false;
  return /crats$/.test(word) || (/(?:an|ist|ive|al)s$/.test(word) && isCommonAdjective(word.slice(0, -1)));
}

/** "Chilean", "Swiss-Chilean", "al-Qaida-linked": words that describe a name rather than name anything. */
export function isDescription(name: string, words: readonly string[]): boolean {
  return DESCRIBING_SUFFIX.test(name) || isNationality(name) || words.every((w) => isNationality(w));
}
