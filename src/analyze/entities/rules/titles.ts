/** @module Titles before a name are cut off it: "UN Secretary General | Ban Ki-moon", "Secretary of State | Nobutaka Machimura". */
import { APPOSITION, CONNECTOR, ORG_WORD, TITLE_COMPLEMENT, TITLE_SUBJECT, titles } from '../lexicon.js';
import { has, type Term } from '../term.js';

/** A title before a name: a role word, or an abbreviated title with its full stop ("Gen. Augusto Pinochet"). */
export function isTitle(t: Term): boolean {
  const word = t.text.toLowerCase();
  return titles().words.has(word) || (titles().abbreviations.has(word) && /^\.\s*$/.test(t.post));
}

/** Whether a name follows the title words at `run[0..end]`, rather than the words being one organisation's name. */
export function nameFollowsTitle(run: readonly Term[], end: number): boolean {
  const rest = run.slice(end + 1);
  if (rest.some((t) => ORG_WORD.test(t.text.replace(/['’]s$/, ''))) || rest.every((t) => TITLE_COMPLEMENT.test(t.text))) return false;
  return !has(rest[0]!, 'Preposition', 'Determiner', 'Conjunction') || CONNECTOR.has(rest[0]!.text.toLowerCase());
}

/** The name after a title, without the title's "of State" / "for Foreign Affairs" complement. */
export function afterTitle(run: readonly Term[], lastTitle: number): Term[] {
  const rest = run.slice(lastTitle + 1);
  if (rest.length > 0 && /^(?:of|for)$/i.test(rest[0]!.text)) {
    rest.shift();
    while (rest.length > 0 && TITLE_COMPLEMENT.test(rest[0]!.text)) rest.shift();
  }
  return rest;
}

/**
 * A minister's or secretary's field ("Defense Minister", "Russian Defence minister") belongs to the title, not to
 * a name: drops it from the end of the words before `title`, unless they are an "of" name ("Office of Civil Defense").
 */
export function withoutTitleOpening(words: readonly Term[], title: Term): Term[] {
  const kept = [...words];
  // "Senate Majority Leader Trent Lott", "House Minority Whip": the side is the title's; the chamber stays a name.
  if (/^(?:leader|whip)$/i.test(title.text) && kept.length > 1 && /^(?:majority|minority)$/i.test(kept.at(-1)!.text)) kept.pop();
  if (!/^(?:minister|secretary)$/i.test(title.text)) return kept;
  while (kept.length > 0 && TITLE_SUBJECT.test(kept.at(-1)!.text) && !kept.some((t) => CONNECTOR.has(t.text.toLowerCase()))) kept.pop();
  return kept;
}

/** A title in apposition after a name: ", the White House chief of staff,", ", the science minister,". */
export function isTitledAfter(after: string): boolean {
  const m = APPOSITION.exec(after);
  return m !== null && titles().words.has(m[2]!.toLowerCase());
}
