/** @module What makes a name a person's: a title before it, a known given or family name, a verb of saying or a title after it. */
import type { KindRule } from '../kind-rule.js';
import { SPEAKER_AFTER } from '../lexicon.js';
import { has, type Term } from '../term.js';
import { isTitledAfter } from './titles.js';

/** A title, or a given or family name compromise knows, says a chunk is a person; its Person tag alone is a guess. */
export function isPersonNamed(chunk: readonly Term[], hasRole: boolean): boolean {
  return hasRole || chunk.some((t) => has(t, 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'));
}

/** A title or a known name: a person, except a one-word name with the Arabic article ("al-Fardous"). */
export const personNamedRule: KindRule = {
  name: 'person named',
  kind: ({ chunk, hasRole, words, last }) => (isPersonNamed(chunk, hasRole) ? (words.length === 1 && /^al-/i.test(last) ? 'place' : 'person') : undefined),
};

/** compromise's Person guess, once no place cue has spoken. */
export const personTaggedRule: KindRule = {
  name: 'person tagged',
  kind: ({ chunk }) => (chunk.some((t) => has(t, 'Person')) ? 'person' : undefined),
};

/** "Hunter said", ", the White House chief of staff,": a speaker, or a title in apposition. */
export const speakerAfterRule: KindRule = {
  name: 'speaker after',
  kind: ({ after }) => (SPEAKER_AFTER.test(after) || isTitledAfter(after) ? 'person' : undefined),
};
