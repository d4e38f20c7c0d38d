/** @module Capitalised words that name nothing: nationalities and describing words, a party's adjective, events. */
import type { KindRule } from '../kind-rule.js';
import { EVENT_WORD, PARTY_ADJECTIVE } from '../lexicon.js';
import { isDescription } from './term-tests.js';

/** "Chilean", "Swiss-Chilean", "al-Qaida-linked". */
export const describingWordRule: KindRule = {
  name: 'describing word',
  kind: ({ name, words }) => (isDescription(name, words) ? null : undefined),
};

/** "the Republican state treasurer", "a conservative Republican": a party's adjective or one member, no name. */
export const partyAdjectiveRule: KindRule = {
  name: 'party adjective',
  kind: ({ words, last }) => (words.length === 1 && PARTY_ADJECTIVE.test(last) ? null : undefined),
};

/** "Paris Peace Accords", "Asian Games": events and agreements are none of the three kinds. */
export const eventNameRule: KindRule = {
  name: 'event name',
  kind: ({ words, last }) => (words.length > 1 && EVENT_WORD.test(last) ? null : undefined),
};
