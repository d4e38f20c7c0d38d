/**
 * @module Finds the place a figure is scoped to ("in east Aleppo", "in Dar es Salaam", "the city's west") and names it
 * canonically. Which words are a place's name is the entity stage's call (its place mentions, passed in as spans): a
 * capitalised word after "in" is not a place by itself ("12 Americans in ...", "in Ahmad's house", "in New York").
 */

const DIRECTION = String.raw`(?:north|south|east|west)(?:ern)?|(?:north|south)(?:east|west)(?:ern)?|central`;
const DIRECTION_RE = new RegExp(`^(?:${DIRECTION})$`, 'i');
/** Words for a part of a named place, kept in its name: "Aleppo province" is not the city. */
const PART_WORD = /^\s+(?<part>province|governorate|region|city|island|district|county|state)\b/;
/**
 * What stands before a place name when the figure is located there: a locative preposition, then optionally
 * "the", a describing word ("nearby", "hard-hit"), a compass point and a part ("the eastern region of", "the town of").
 */
const LOCATIVE = new RegExp(
  String.raw`\b(?<prep>in|from|of|across|inside|out of|at|near|outside|throughout|on|around)\s+(?:the\s+)?` +
    String.raw`(?:(?:nearby|neighbou?ring|hard-hit|suburban|rural|remote|mountainous|coastal|downtown)\s+)?(?:(?<dir>${DIRECTION})\s+)?` +
    String.raw`(?:(?:region|part|parts|side|districts?|half|town|city|village|province|state|island|capital|area|suburbs?|outskirts)\s+of\s+(?:the\s+)?)?$`,
  'i',
);
const CITY_SIDE = new RegExp(String.raw`\bthe\s+city's\s+(?<dir>${DIRECTION})\b`, 'gi');
/** Lower-case particles inside one place's name, which the entity stage may split at: "Dar es Salaam", "Rio de Janeiro". */
const NAME_PARTICLE = /^\s+(?:es|de|del|da|do|dos|du|la|le|el|al|of)\s+$|^-$/;

function canonicalDirection(dir: string): string {
  return dir.toLowerCase().replace(/ern$/, '');
}

/** A place name's offsets in the text the figure sits in (from the entity stage's place mentions). */
export interface PlaceSpan {
  readonly start: number;
  readonly end: number;
}

export interface PlaceHit {
  readonly place: string;
  /** Where the place phrase starts (its preposition) and ends. */
  readonly start: number;
  readonly end: number;
}

/** Joins spans that are one name split at a particle ("Dar" "es" "Salaam"), in text order. */
function mergeSpans(text: string, spans: readonly PlaceSpan[]): PlaceSpan[] {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start);
  const out: PlaceSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last !== undefined && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else if (last !== undefined && NAME_PARTICLE.test(text.slice(last.end, s.start))) out[out.length - 1] = { start: last.start, end: s.end };
    else out.push(s);
  }
  return out;
}

/**
 * Every place phrase in `text`, in order: a place name (one of `spans`) after a locative preposition, with its
 * compass point ("eastern Aleppo", "the eastern region of Aleppo" are both "east Aleppo") and its part word
 * ("Aleppo province"); and "the city's west". A place named as a subject or object ("the storm hit Poland") scopes
 * no figure.
 */
export function findPlaces(text: string, spans: readonly PlaceSpan[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  const merged = mergeSpans(text, spans);
  for (let i = 0; i < merged.length; i++) {
    const span = merged[i]!;
    const m = LOCATIVE.exec(text.slice(Math.max(0, span.start - 60), span.start));
    if (m === null) continue;
    const start = span.start - m[0].length;
    let { name, end } = nameAt(text, span);
    // "in Kenya and Tanzania", "in Kenya, Tanzania and Uganda": the places together; "in Nairobi, Kenya": Nairobi.
    const list: string[] = [name];
    let j = i + 1;
    let hasAnd = false;
    while (j < merged.length) {
      const gap = text.slice(end, merged[j]!.start);
      if (/^\s*(?:,\s*)?(?:and|or)\s+(?:in\s+)?$/.test(gap)) hasAnd = true;
      else if (!/^\s*,\s*(?:in\s+)?$/.test(gap)) break;
      const next = nameAt(text, merged[j]!);
      list.push(next.name);
      end = next.end;
      j += 1;
      if (hasAnd) break;
    }
    if (hasAnd) {
      name = `${list.slice(0, -1).join(', ')} and ${list.at(-1)!}`;
      i = j - 1;
    } else if (list.length > 1) {
      // An apposition names where the place is: keep the first, and skip the rest.
      i = j - 1;
    }
    const dir = m.groups?.dir;
    out.push({ place: dir !== undefined ? `${canonicalDirection(dir)} ${name}` : name, start, end });
  }
  chainHits(text, out);
  CITY_SIDE.lastIndex = 0;
  for (let m = CITY_SIDE.exec(text); m !== null; m = CITY_SIDE.exec(text)) {
    out.push({ place: `${canonicalDirection(m.groups!.dir!)} of the city`, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A place span's name, with its part word after it ("Aleppo province") and no possessive. */
function nameAt(text: string, span: PlaceSpan): { name: string; end: number } {
  let name = text.slice(span.start, span.end).replace(/['’]s?$/, '');
  let end = span.end;
  const part = PART_WORD.exec(text.slice(span.end));
  if (part !== null && !new RegExp(`\\b${part.groups!.part}$`, 'i').test(name)) {
    name = `${name} ${part.groups!.part!.toLowerCase()}`;
    end += part[0].length;
  }
  return { name, end };
}

/**
 * Joins "in Dar es Salaam in neighboring Tanzania" into one hit for the first place: the second only says where it is.
 * Hits are in text order; `out` is rewritten in place.
 */
function chainHits(text: string, out: PlaceHit[]): void {
  for (let i = 0; i + 1 < out.length; ) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const gap = text.slice(a.end, b.start);
    const bName = text.slice(b.start, b.end);
    if (/^\s*(?:,\s*)?$/.test(gap) && /^in\b/i.test(bName)) out.splice(i, 2, { place: a.place, start: a.start, end: b.end });
    else i += 1;
  }
}

/** The place without its compass point and part word: "east Aleppo" and "Aleppo province" are both in "Aleppo". */
function core(place: string): string {
  const words = place.split(/\s+/);
  if (words.length > 1 && DIRECTION_RE.test(words[0]!)) words.shift();
  if (words.length > 1 && PART_WORD.test(` ${words.at(-1)!}`)) words.pop();
  return words.join(' ').toLowerCase();
}

/**
 * True when two known places can name the same area: equal, or one is a part of the other ("east Aleppo" in
 * "Aleppo", "Sorsogon province" and "Sorsogon"). A figure with no place is not decided here: whether it can join
 * a place's figures depends on the story (see groupFigures).
 */
export function isPlaceCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const x = core(a);
  const y = core(b);
  // "east Aleppo" and "west Aleppo" are both parts of Aleppo but not of each other.
  if (x === y) return a.toLowerCase() === x || b.toLowerCase() === y || DIRECTION_RE.test(a.split(/\s+/)[0]!) !== DIRECTION_RE.test(b.split(/\s+/)[0]!);
  return false;
}
