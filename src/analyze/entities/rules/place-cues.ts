/** @module What makes a name a place: a state's name, an Arabic article, a place's kind or tag, the words around it. */
import type { KindRule } from '../kind-rule.js';
import { LAND_SUFFIX, PLACE_AFTER, PLACE_BEFORE, PLACE_KIND_OF, PLACE_TAGS, PLACE_WORD } from '../lexicon.js';
import { isCountryName, isNationality } from '../nationalities.js';
import { has } from '../term.js';

/** A country ("Chile"), or a state by its form: "Dominican Republic", "Kingdom of Cambodia". */
export const stateNameRule: KindRule = {
  name: 'state name',
  kind: ({ name, last }) =>
    isCountryName(name) || /^(?:republic|kingdom|emirates|principality|sultanate)$/i.test(last) || /^(?:republic|kingdom|principality|sultanate) of /i.test(name)
      ? 'place'
      : undefined,
};

/** Arabic names with the article alone ("al-Fardous") are neighbourhoods; people carry a given name first. */
export const arabicArticleRule: KindRule = {
  name: 'Arabic article',
  kind: ({ name, hasRole }) => (!hasRole && /^al-\S+$/i.test(name) ? 'place' : undefined),
};

/** "the West Bank", "the East Bank": a bank named by a compass point is a river's, not a lender. */
export const compassBankRule: KindRule = {
  name: 'compass bank',
  kind: ({ words, last }) => (words.length === 2 && /^(?:west|east|north|south)$/i.test(words[0]!) && /^bank$/i.test(last) ? 'place' : undefined),
};

/** "the settlement of Ariel", "the West Bank town of Ramallah": a place's kind and "of" before the name. */
export const placeKindOfRule: KindRule = {
  name: 'place kind of',
  kind: ({ hasRole, before }) => (!hasRole && PLACE_KIND_OF.test(before) ? 'place' : undefined),
};

/** A one-word name with the Arabic article, even with a known name in it. */
export const arabicArticleAloneRule: KindRule = {
  name: 'Arabic article alone',
  kind: ({ words, last }) => (words.length === 1 && /^al-/i.test(last) ? 'place' : undefined),
};

/**
 * A place word ("province"), a place tag or "-stan". compromise tags unknown capitalised words Person freely
 * ("Phnom" in "Phnom Penh"): without a title or a known given or family name (person-cues.ts, listed before
 * this rule), a place tag ("Penh") beats that guess.
 */
export const placeTaggedRule: KindRule = {
  name: 'place tagged',
  kind: ({ chunk, words, last }) =>
    words.some((w) => PLACE_WORD.test(w)) || chunk.some((t) => has(t, ...PLACE_TAGS)) || LAND_SUFFIX.test(last) ? 'place' : undefined,
};

/** "near Tapachula", "in the western Caribbean", "rebel-held Idlib". */
export const placeBeforeRule: KindRule = {
  name: 'place before',
  kind: ({ before }) => (PLACE_BEFORE.test(before) ? 'place' : undefined),
};

/** "the Baikonur launch pad", "the Tampa area"; not a describing word before the noun ("Israeli-controlled area"). */
export const placeAfterRule: KindRule = {
  name: 'place after',
  kind: ({ after, name, last }) => (PLACE_AFTER.test(after) && /^\p{Lu}/u.test(name) && !isNationality(last.split('-').at(-1)!) ? 'place' : undefined),
};
