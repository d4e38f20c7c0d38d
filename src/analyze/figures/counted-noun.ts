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
}

/** A noun phrase after a number is at most this many words: "al-Qaida-linked militants" is two. */
export const DEFAULT_MAX_NOUN_WORDS = 4;

const STOP = new Set(
  ('in from to of at on for by with during since after before who which that they he she it we you them there here ' +
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
export function readCountedNoun(after: string, isShare: boolean): NounHit {
  let at = 0;
  const of = /^\s+of\s+(?:the\s+|what\s+(?:was|were|is)\s+(?:once\s+|previously\s+)?)?/i.exec(after);
  if (of !== null) at = of[0].length;
  else if (isShare) return { noun: null, placeObject: null, isAnaphoric: false, end: 0 };
  const words: { text: string; end: number }[] = [];
  const re = /^\s*([\p{L}][\p{L}'’-]*)/u;
  while (words.length < DEFAULT_MAX_NOUN_WORDS) {
    const m = re.exec(after.slice(at));
    if (m === null) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (words.length === 0 && /^(?:these|those|them|which|whom)$/.test(lower)) {
      return { noun: null, placeObject: null, isAnaphoric: true, end: at + m[0].length };
    }
    if (STOP.has(lower) || isTrigger(lower) || /(?:ing|ly)$/.test(lower)) break;
    words.push({ text: word.replace(/['’]s$/, ''), end: at + m[0].length });
    at += m[0].length;
    if (/['’]s$/.test(word)) break;
  }
  const head = words.at(-1);
  if (head === undefined) return { noun: null, placeObject: null, isAnaphoric: false, end: 0 };
  if (/^\p{Lu}/u.test(head.text)) {
    // "70 percent of eastern Aleppo": the whole is a place, so the share is of its territory.
    const dir = words.length > 1 && DIRECTIONAL.test(words[0]!.text) ? `${words[0]!.text.toLowerCase().replace(/ern$/, '')} ` : '';
    return { noun: 'territory', placeObject: `${dir}${head.text}`, isAnaphoric: false, end: head.end };
  }
  return { noun: canonicalNoun(head.text), placeObject: null, isAnaphoric: false, end: head.end };
}
