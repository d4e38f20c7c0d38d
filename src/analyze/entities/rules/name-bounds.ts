/** @module Where a name ends: punctuation, possessives, middle initials, "of" between a person and a place, "and" inside an organisation's name. */
import { isNationality } from '../nationalities.js';
import { CONNECTOR, EVENT_WORD, NAME_TAGS, ORG_WORD, PLACE_TAGS, titles } from '../lexicon.js';
import { lexiconTags } from '../load-compromise.js';
import { has, isCapitalised, type Term } from '../term.js';
import { isKnownPlace, isMembersOf, isProper } from './term-tests.js';
import { isTitle } from './titles.js';

/**
 * "Michael P. Forbes", "John A. Boehner": a single capital with its full stop, after a given name and before a word
 * that can be a name, is a middle initial inside the name, not the end of it ("A" is no article there).
 */
export function isMiddleInitial(prev: Term | undefined, t: Term, next: Term | undefined): boolean {
  if (prev === undefined || next === undefined || !/^\p{Lu}$/u.test(t.text) || !/^\.\s+$/.test(t.post)) return false;
  if (!has(prev, 'FirstName', 'MaleName', 'FemaleName', 'Person') || /[,.;:!?]/.test(prev.post) || !isProper(next, false) || isTitle(next)) return false;
  return lexiconTags(next.text.toLowerCase())?.some((x) => NAME_TAGS.has(x)) ?? true;
}

/** Whether the name being read as `run` ends after its last term, before `terms[next]`. */
export function breaksAfter(run: readonly Term[], terms: readonly Term[], next: number): boolean {
  const t = run.at(-1)!;
  if (isMiddleInitial(run.at(-2), t, terms[next])) return false;
  // "Gen. Augusto Pinochet" goes on past the title's full stop; "Hun Sen. Key to the deal" does not.
  if (run.length === 1 && titles().abbreviations.has(t.text.toLowerCase()) && /^\.\s*$/.test(t.post)) return false;
  if (/['’]s?\s*$/.test(t.post) || /['’]s$/.test(t.text)) return !isPossessiveInName(t, terms, next);
  return /[,.;:!?"“”()\[\]]/.test(t.post);
}

/**
 * "Cambodian People's Party", "Workers' Party": a common plural in the possessive inside an
 * organisation's name, when the capitalised words after it end in an organisation word. A name in the
 * possessive ("Hun Sen's Cambodian People's Party", "Russia's Defence Ministry") still ends there.
 */
function isPossessiveInName(t: Term, terms: readonly Term[], next: number): boolean {
  if (!(has(t, 'Plural') || /s['’]$/.test(t.text + t.post.trim())) || has(t, 'Person', 'Place', 'Country', 'City', 'FirstName')) return false;
  for (const n of terms.slice(next, next + 8)) {
    if (!isCapitalised(n)) return false;
    if (ORG_WORD.test(n.text.replace(/['’]s$/, '')) || /^(?:republic|liberation)$/i.test(n.text)) return true;
    if (/[,.;:!?"“”()\[\]]|['’]/.test(n.post)) return false;
  }
  return false;
}

/**
 * "Rep. Dick Gephardt of Missouri", "Benjamin Netanyahu of Israel": a person's name (a Person tag or a title in it)
 * followed by "of" and a place is two names, so the run ends before "of". Bodies ("Bank of America", "University of
 * Texas"), titles ("Secretary of State"), events ("Treaty of Versailles") and places ("Gulf of Mexico") keep their "of".
 */
export function isPersonOfPlace(run: readonly Term[], terms: readonly Term[], next: number): boolean {
  if (isTitle(run.at(-1)!) || !run.some((t) => has(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'))) return false;
  if (run.some((t) => has(t, ...PLACE_TAGS) || ORG_WORD.test(t.text) || EVENT_WORD.test(t.text) || CONNECTOR.has(t.text.toLowerCase()))) return false;
  const place: Term[] = [];
  for (let k = next; k < terms.length && isProper(terms[k]!, false); k++) {
    place.push(terms[k]!);
    if (/[,.;:!?"“”()\[\]'’]/.test(terms[k]!.post)) break;
  }
  if (place.length === 0) return false;
  return place.every((t) => has(t, ...PLACE_TAGS)) || isKnownPlace(place.map((t) => t.text).join(' '));
}

/**
 * "Food and Drug Administration", "Securities and Exchange Commission": "and" inside an organisation's name, when the
 * words before it are common words (not a name, a place or a party's members) and the capitalised words after it
 * end in an organisation word. "Britain and the European Union", "Republicans and White House officials" and "the
 * Commerce Department and Justice Department" stay apart.
 */
export function isAndInOrgName(run: readonly Term[], terms: readonly Term[], next: number): boolean {
  const isCommonNoun = (t: Term): boolean => {
    const tags = lexiconTags(t.text.toLowerCase());
    return tags !== undefined && !tags.some((x) => NAME_TAGS.has(x)) && !isMembersOf([t.text]);
  };
  // A name already ended by its organisation word ("the Commerce Department and ...") is complete.
  if (run.length > 2 || ORG_WORD.test(run.at(-1)!.text) || !run.every(isCommonNoun)) return false;
  // The lexicon, not the tags in context: compromise tags "House Ways" a place before "and Means Committee".
  if (run.some((t) => isNationality(t.text))) return false;
  for (let k = next; k < Math.min(terms.length, next + 3); k++) {
    const t = terms[k]!;
    if (!isCapitalised(t)) return false;
    const last = k + 1 >= terms.length || !isCapitalised(terms[k + 1]!) || /[,.;:!?"“”()\[\]]/.test(t.post);
    // The organisation word ends the name ("Staples and Office Depot" are two), and "the State and Defense
    // Departments" are two departments.
    const word = t.text.replace(/['’]s$/, '');
    if (last) return ORG_WORD.test(word) && !(/s$/i.test(word) && ORG_WORD.test(word.slice(0, -1)));
  }
  return false;
}
