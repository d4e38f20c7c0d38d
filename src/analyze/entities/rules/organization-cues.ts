/** @module What makes a name an organisation: a group or militia around it, an organisation word, an acronym, its tag. */
import type { Term } from '../term.js';
import type { KindRule } from '../kind-rule.js';
import { ARMED_GROUP_AFTER, KNOWN_PLACE_ACRONYM, ORG_WORD } from '../lexicon.js';
import { lexiconTags } from '../load-compromise.js';
import { has } from '../term.js';
import { isMembersOf } from './term-tests.js';

/** "the militant group Hamas": a group or militia before a name that is not a person's. */
export const groupBeforeRule: KindRule = {
  name: 'group before',
  kind: ({ chunk, before }) => (/\b(?:group|militia)\s+$/i.test(before) && !chunk.some((t) => has(t, 'FirstName', 'Person')) ? 'organization' : undefined),
};

/** "Hamas militant group", "Hezbollah militia". */
export const groupAfterRule: KindRule = {
  name: 'group after',
  kind: ({ after }) => (/^\s*(?:paramilitary |militant |armed |rebel )?(?:group|militia)\b/i.test(after) ? 'organization' : undefined),
};

/** An organisation word in the name ("Syrian Observatory", "House"), or a party's members ("Republicans"). */
export const organizationWordRule: KindRule = {
  name: 'organisation word',
  kind: ({ words }) => (words.some((w) => ORG_WORD.test(w)) || isMembersOf(words) ? 'organization' : undefined),
};

/** An acronym alone is an organisation ("FUNCINPEC"), unless it is a known place's ("UK", "EU"). */
export const acronymRule: KindRule = {
  name: 'acronym',
  kind: ({ words, last }) => (words.length === 1 && /^[A-Z]{2,10}$/.test(last) ? (KNOWN_PLACE_ACRONYM.has(last) ? 'place' : 'organization') : undefined),
};

/**
 * "Yasser Arafat's Palestinian Authority": compromise tags a name in the possessive before an organisation's name as
 * part of that organisation. When the name is shaped like a person's (two or three words, none of them a common word
 * or an organisation in its lexicon: not "Microsoft's", "Indiana Pacers'", "Safety Board's"), that tag is no evidence.
 */
function isOwnerOfName(chunk: readonly Term[]): boolean {
  if (chunk.length < 2 || chunk.length > 3 || !/['’]s?$/.test(chunk.at(-1)!.text + chunk.at(-1)!.post.trim().slice(0, 1))) return false;
  return chunk.every((t) => {
    const tags = lexiconTags(t.text.toLowerCase().replace(/['’]s?$/, ''));
    return !has(t, 'Plural') && (tags === undefined || tags.some((x) => x === 'FirstName' || x === 'LastName' || x === 'MaleName' || x === 'FemaleName'));
  });
}

/** compromise's Organization tag, unless the chunk is a person's name in the possessive. */
export const organizationTaggedRule: KindRule = {
  name: 'organisation tagged',
  kind: ({ chunk }) => (chunk.some((t) => has(t, 'Organization')) && !isOwnerOfName(chunk) ? 'organization' : undefined),
};

/** "Khmer Rouge guerrillas", "Houthi rebels" (a place's are typed first). */
export const armedGroupAfterRule: KindRule = {
  name: 'armed group after',
  kind: ({ after }) => (ARMED_GROUP_AFTER.test(after) ? 'organization' : undefined),
};
