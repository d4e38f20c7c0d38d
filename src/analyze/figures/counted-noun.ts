/** @module Reads what a number counts: the noun phrase after it ("six major rebel-held areas" → "areas"), canonically named. */
import { EVENT_TRIGGERS } from './event-words.js';

export interface NounHit {
  /** Canonical noun, or null when the number stands alone ("... and 139 have been killed"). */
  readonly noun: string | null;
  /** The noun phrase's place when the counted thing is a place ("70 percent of eastern Aleppo"). */
  readonly placeObject: string | null;
  /** True for "of these", "of them": the whole is the previous figure. */
  readonly isAnaphoric: boolean;
  /** Offset (relative to the text given) where the noun phrase ends. */
  readonly end: number;
  /** True when the noun names people by a capitalised word that is no place: "12 Americans", "hundreds of Muslims". */
  readonly isPeople?: boolean;
  /** True when the phrase ends in a capitalised word that is neither a place nor people ("two Suzuki", "20 degrees Celsius"): it counts nothing to name, and takes no noun from a figure before it. */
  readonly isUnnamed?: boolean;
}

/** Whether the word at an offset of the text given to readCountedNoun is (part of) a place's name. */
export type IsPlaceAt = (offset: number) => boolean;

/** A capitalised plural that names people ("Americans", "Kenyans", "Marines", "Democrats"), not a name or a measure. */
const PEOPLE_BY_NAME = /^\p{Lu}\p{Ll}+[^s]s$/u;

/** A noun phrase after a number is at most this many words: "al-Qaida-linked militants" is two. */
export const DEFAULT_MAX_NOUN_WORDS = 4;

const STOP = new Set(
  ('in from to of at on for by with during since after before throughout across inside outside near around into onto toward towards who which that they he she it we you them there here ' +
    'have has had are is were was been be will would could can may might and or but as than including this these those ' +
    'said say says told added their its his her our not no nobody').split(' '),
);
const SYNONYMS: Readonly<Record<string, string>> = {
  residents: 'people', persons: 'people', inhabitants: 'people', individuals: 'people',
  neighborhoods: 'neighbourhoods', neighbourhood: 'neighbourhoods', neighborhood: 'neighbourhoods',
  kids: 'children', area: 'territory', areas: 'territory', land: 'territory', parts: 'territory',
  fighters: 'rebels', insurgents: 'rebels',
};
const DIRECTIONAL = /^(?:east|eastern|west|western|north|northern|south|southern)$/i;

function isTrigger(word: string): boolean {
  return EVENT_TRIGGERS.some((t) => new RegExp(`^(?:${t.pattern.source})$`, 'i').test(word));
}

/** Canonical form of a counted noun. */
export function canonicalNoun(word: string): string {
  const w = word.toLowerCase();
  return SYNONYMS[w] ?? w;
}

/**
 * The noun a quantity counts, read from `after` (the text right after the quantity). Shares read
 * their "of" phrase ("of what was once rebel-held territory"); counts may skip an "of" ("tens of
 * thousands of fearful civilians").
 */
export function readCountedNoun(after: string, isShare: boolean, isPlaceAt: IsPlaceAt = () => false): NounHit {
  let at = 0;
  const of = /^\s+of\s+(?:the\s+|what\s+(?:was|were|is)\s+(?:once\s+|previously\s+)?)?/i.exec(after);
  if (of !== null) at = of[0].length;
  else if (isShare) return { noun: null, placeObject: null, isAnaphoric: false, end: 0 };
  const words: { text: string; start: number; end: number }[] = [];
  // An abbreviation with its full stops ("U.S. embassies") is one word.
  const re = /^\s*((?:\p{Lu}\.){2,}|[\p{L}][\p{L}'’-]*)/u;
  while (words.length < DEFAULT_MAX_NOUN_WORDS) {
    const m = re.exec(after.slice(at));
    if (m === null) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (words.length === 0 && /^(?:these|those|them|which|whom)$/.test(lower)) {
      return { noun: null, placeObject: null, isAnaphoric: true, end: at + m[0].length };
    }
    if (STOP.has(lower) || isTrigger(lower) || /(?:ing|ly)$/.test(lower)) break;
    words.push({ text: word.replace(/['’]s$/, ''), start: at + m[0].length - word.length, end: at + m[0].length });
    at += m[0].length;
    if (/['’]s$/.test(word)) {
      // "eight of North Korea's reactors": a capitalised possessor determines the noun after it, which is the head.
      if (!/^\p{Lu}/u.test(word) || !/^\s+\p{Ll}/u.test(after.slice(at))) break;
      words.length = 0;
    }
  }
  const head = words.at(-1);
  if (head === undefined) return { noun: null, placeObject: null, isAnaphoric: false, end: 0 };
  if (/^\p{Lu}/u.test(head.text)) {
    if (isPlaceAt(head.start)) {
      // "70 percent of eastern Aleppo": the whole is a place, so the share is of its territory.
      const first = words.findIndex((w) => isPlaceAt(w.start));
      const name = after.slice(words[first]!.start, head.end).replace(/['’]s$/, '');
      const dir = first > 0 && DIRECTIONAL.test(words[first - 1]!.text) ? `${words[first - 1]!.text.toLowerCase().replace(/ern$/, '')} ` : '';
      return { noun: 'territory', placeObject: `${dir}${name}`, isAnaphoric: false, end: head.end };
    }
    // "12 Americans", "hundreds of Muslims": people named by a capitalised word; any other capitalised word
    // ("Ahmad", "Celsius", "Hercules C") is no counted thing.
    if (PEOPLE_BY_NAME.test(head.text)) return { noun: head.text, placeObject: null, isAnaphoric: false, end: head.end, isPeople: true };
    return { noun: null, placeObject: null, isAnaphoric: false, end: head.end, isUnnamed: true };
  }
  return { noun: canonicalNoun(head.text), placeObject: null, isAnaphoric: false, end: head.end };
}
