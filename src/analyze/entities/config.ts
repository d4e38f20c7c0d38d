/** @module The one configuration that lists every rule saying what kind of entity a name is, in the order they decide. */
import type { KindRule } from './kind-rule.js';
import { describingWordRule, eventNameRule, partyAdjectiveRule } from './rules/not-names.js';
import {
  acronymRule,
  armedGroupAfterRule,
  groupAfterRule,
  groupBeforeRule,
  organizationTaggedRule,
  organizationWordRule,
} from './rules/organization-cues.js';
import { personNamedRule, personTaggedRule, speakerAfterRule } from './rules/person-cues.js';
import {
  arabicArticleAloneRule,
  arabicArticleRule,
  compassBankRule,
  placeAfterRule,
  placeBeforeRule,
  placeKindOfRule,
  placeTaggedRule,
  stateNameRule,
} from './rules/place-cues.js';

/**
 * Every kind rule, first say wins: cues in the name itself before tags, firm evidence (a title, a known given
 * name) before compromise's guesses, and the words around the name last.
 */
export const DEFAULT_KIND_RULES: readonly KindRule[] = [
  groupBeforeRule,
  describingWordRule,
  partyAdjectiveRule,
  eventNameRule,
  stateNameRule,
  groupAfterRule,
  arabicArticleRule,
  compassBankRule,
  organizationWordRule,
  acronymRule,
  placeKindOfRule,
  personNamedRule,
  arabicArticleAloneRule,
  placeTaggedRule,
  personTaggedRule,
  organizationTaggedRule,
  armedGroupAfterRule,
  placeBeforeRule,
  placeAfterRule,
  speakerAfterRule,
];

