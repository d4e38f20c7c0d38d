/**
 * @module Finds the counts that are not written as numbers: "a man was shot and killed" (one), "a fifth person
 * who had also been shot" (five), "Matt Anderson, 15, died" (one), "no one was hurt" (none), "the gunman killed
 * himself" (one suspect killed).
 */
import type { CountedRole } from '../types.js';
import type { Quantity } from './find-quantities.js';

/** A count read from a noun phrase: its noun is given, and its event unless the predicate after it must supply one. */
export interface SingularQuantity extends Quantity {
  readonly noun: string;
  /** The event when the phrase itself says it ("killed himself"); null when the predicate must give it. */
  readonly event: string | null;
  readonly role: CountedRole | null;
}

const PERSON_SG =
  'man|woman|boy|girl|teen|teenager|person|child|victim|suspect|gunman|shooter|officer|deputy|trooper|student|driver|resident|' +
  'bystander|passenger|juvenile|male|female|toddler|infant|baby|father|mother|son|daughter|husband|wife|clerk|employee|customer|' +
  'youth|motorist|pedestrian|homeowner|security guard|guard|robber|intruder|attacker|gunmen|' +
  // Kin and other roles a victim is named by ("a mother and a grandmother dead", "his stepdaughter").
  'grandmother|grandfather|grandson|granddaughter|brother|sister|uncle|aunt|cousin|nephew|niece|stepdaughter|stepson|' +
  'stepfather|stepmother|girlfriend|boyfriend|fiancee|fiance|neighbor|neighbour|friend|classmate|coworker|co-worker|' +
  'worker|owner|manager|cashier|patron|marshal|agent|sibling|parent|relative|roommate|acquaintance';
const ORDINALS: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** "a man", "an unidentified 22-year-old woman", "another victim", "the gunman", "a 17-year-old", "a fifth person". */
const ARTICLE = new RegExp(
  String.raw`\b(?<det>[Aa]n?|[Aa]nother|[Tt]he)\s+(?:(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?` +
    String.raw`(?:(?!(?:and|or|of|who|was|were|is|had|has)\b)[\p{L}\d'’-]+\s+){0,3}?(?:(?<noun>${PERSON_SG})\b(?!['’]s|-)|(?<age>\d{1,2}-year-old)\b(?!\s+(?:${PERSON_SG}|[\p{L}-]+\s+(?:${PERSON_SG}))\b))` +
    // "a man and a woman were killed", "a man and woman": two people.
    String.raw`(?<and>\s+and\s+(?:an?\s+|his\s+|her\s+)?(?:(?!(?:or|of|who|was|were|is|had|has)\b)[\p{L}\d'’-]+\s+){0,2}?(?:${PERSON_SG})\b(?!['’]s|-))?`,
  'gu',
);
/** A named person with an age: "Matt Anderson, 15, died". */
const NAMED = /\b\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von)){1,3},\s*(?:a\s+)?\d{1,2}(?:-year-old)?,/gu;
/** "he was pronounced dead", "she died". */
const PRONOUN = /\b(?:[Hh]e|[Ss]he)\b(?=\s+(?:was|had been|has been|later|died|were))/gu;
/** Nobody: the measure's figure is zero. "no one else" still means zero besides the victims named. */
const NONE = /\b(?:[Nn]o\s+one(?:\s+else)?|[Nn]obody(?:\s+else)?|[Nn]o\s+(?:other\s+)?(?:one|people|persons|injuries|deaths|fatalities|officers|bystanders))\b/gu;
/** The shooter's own death, which GVA and editors count among the dead. */
const SELF =
  /\b(?:(?:killed|shot\s+and\s+killed|fatally\s+shot)\s+(?:him|her)self|shot\s+(?:him|her)self\s+(?:to\s+death|dead|fatally)|took\s+(?:his|her)\s+own\s+life|turned\s+the\s+(?:gun|weapon)\s+on\s+(?:him|her)self|(?:fatal|apparent)\s+self-inflicted\s+(?:gunshot\s+)?wounds?)\b/gu;
/**
 * "a quadruple shooting", "the triple homicide": a multiplicative numeral before an event noun counts the people
 * of the event (four shot, three killed). English forms these from Latin numerals; beyond six they are not used.
 */
const MULTIPLE = /\b(?<times>double|triple|quadruple|quintuple|sextuple)[- ](?<noun>shooting|homicide|murder|slaying|killing)s?\b/giu;
const TIMES: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4, quintuple: 5, sextuple: 6 };

/** The multiplicative counts of `text` ("quadruple shooting": four shot), in order of position. */
export function findMultiples(text: string): SingularQuantity[] {
  return [...text.matchAll(MULTIPLE)].map((m) => {
    const g = m.groups!;
    return make(m.index, m[0], TIMES[g.times!.toLowerCase()]!, 'people', /^shooting$/i.test(g.noun!) ? 'shot' : 'killed', null);
  });
}

/** "killing him", "fatally shooting her": one victim, killed. */
const KILLING_ONE = /\b(?:killing|fatally\s+shooting|fatally\s+wounding|shot\s+and\s+killed)\s+(?:him|her)\b/gu;

function roleOfSingular(noun: string): CountedRole | null {
  if (/^(?:victim)$/.test(noun)) return 'victims';
  if (/^(?:suspect|gunman|shooter|robber|intruder|attacker|gunmen)$/.test(noun)) return 'suspects';
  if (/^(?:officer|deputy|trooper)$/.test(noun)) return 'officers';
  return null;
}

function make(start: number, text: string, value: number, noun: string, event: string | null, role: CountedRole | null): SingularQuantity {
  return { start, end: start + text.length, text, kind: 'count', value, low: null, high: null, approximate: false, noun, event, role };
}

/** Every count `text` states without a number, in order of position. Never throws. */
export function findSingulars(text: string): SingularQuantity[] {
  const out: SingularQuantity[] = [];
  for (const m of text.matchAll(ARTICLE)) {
    const g = m.groups ?? {};
    const noun = g.noun ?? 'person';
    // "A fifth person who had also been shot" is the fifth shot; "a second man was injured" may be the first injured.
    const isAlso = /\b(?:also|too)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const value = (g.ord !== undefined && isAlso ? ORDINALS[g.ord]! : 1) + (g.and !== undefined ? 1 : 0);
    if (/^the$/i.test(g.det!) && g.ord !== undefined) continue; // "the second victim" points at one already counted
    out.push(make(m.index, m[0], value, noun === 'gunmen' ? 'gunman' : noun, null, roleOfSingular(noun)));
  }
  for (const m of text.matchAll(NAMED)) out.push(make(m.index, m[0].replace(/,$/, ''), 1, 'person', null, null));
  for (const m of text.matchAll(PRONOUN)) out.push(make(m.index, m[0], 1, 'person', null, null));
  for (const m of text.matchAll(NONE)) out.push(make(m.index, m[0], 0, 'people', /injuries/i.test(m[0]) ? 'wounded' : /deaths|fatalities/i.test(m[0]) ? 'killed' : null, null));
  for (const m of text.matchAll(SELF)) out.push(make(m.index, m[0], 1, 'person', 'killed', 'suspects'));
  for (const m of text.matchAll(KILLING_ONE)) out.push(make(m.index, m[0], 1, 'person', 'killed', null));
  out.push(...findMultiples(text));
  out.sort((a, b) => a.start - b.start);
  // One phrase, one count: the first reading of a stretch wins ("Matt Anderson, 15" is not also "he").
  return out.filter((q, i) => !out.slice(0, i).some((p) => q.start < p.end && q.end > p.start));
}
