/** @module Finds the place a figure is scoped to ("in east Aleppo", "of Aleppo province", "the city's west") and names it canonically. */

const DIRECTION = String.raw`(?:east|eastern|west|western|north|northern|south|southern)`;
const NAME = String.raw`[A-Z][\p{L}'’-]+(?:\s+(?:province|city|governorate|region))?`;
const PLACE = new RegExp(
  String.raw`\b(?:in|from|of|across|inside|out of)\s+(?:the\s+)?(?:(?<dir>${DIRECTION})\s+)?(?:(?:region|part|parts|side|districts?|half)\s+of\s+)?(?<name>${NAME})` +
    String.raw`|\bthe\s+city's\s+(?<citydir>${DIRECTION})`,
  'gu',
);
/** Capitalised words after "in"/"of" that are not places. */
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|President|Mr|Mrs|Ms)$|(?:ian|ese|ish)$/;

function canonicalDirection(dir: string): string {
  return dir.toLowerCase().replace(/ern$/, '');
}

export interface PlaceHit {
  readonly place: string;
  readonly start: number;
  readonly end: number;
}

/** Every place phrase in `text`, in order; "eastern Aleppo" and "the eastern region of Aleppo" are both "east Aleppo". */
export function findPlaces(text: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m !== null; m = PLACE.exec(text)) {
    const g = m.groups ?? {};
    if (g.citydir !== undefined) {
      out.push({ place: `${canonicalDirection(g.citydir)} of the city`, start: m.index, end: m.index + m[0].length });
      continue;
    }
    const name = (g.name ?? '').replace(/['’]s$/, '');
    if (NOT_PLACE.test(name.split(/\s+/)[0]!)) continue;
    const place = g.dir !== undefined ? `${canonicalDirection(g.dir)} ${name}` : name;
    out.push({ place, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when two place scopes can name the same area: equal, or one is a part of the other ("east Aleppo" in "Aleppo"). */
export function isPlaceCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const re = new RegExp(`^${DIRECTION} `);
  return a.replace(re, '') === b || b.replace(re, '') === a;
}
