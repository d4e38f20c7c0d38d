/** @module Extracts every figure claim of one report: the quantity, what it counts, where and when, who said it. */
import { segmentReport } from '../../text/index.js';
import type { Report, Sentence } from '../../types.js';
import { recognizeMentions } from '../entities/index.js';
import { relativeReference } from '../timeline/index.js';
import { tagTimexes, type Timex } from '../timex/index.js';
import type { CountedThing, FigureClaim, ReportDate } from '../types.js';
import { findEventNear, findDispute, headWords, isConditionalBefore, tailWords, DEFAULT_FAR_WORDS_BEFORE, DEFAULT_WORDS_AFTER } from './claim-context.js';
import { readCountedNoun } from './counted-noun.js';
import { REPORTING_VERB } from './event-words.js';
import { findAttribution } from './find-attribution.js';
import { findPlaces, type PlaceHit, type PlaceSpan } from './find-place.js';
import { findQuantities, type Quantity } from './find-quantities.js';
import { findSingulars, type SingularQuantity } from './find-singulars.js';
import { measureOf, nounClassOf, roleOf } from './measure.js';
import { parseNumber, WORD_NUMBER } from './number-words.js';
import { scopeFromSincePhrase, scopeFromTimex, type ScopeContext, type TimeScope } from './time-scope.js';

export interface ClaimInput {
  readonly report: Report;
  readonly date: ReportDate;
  /** The story's reference day, for year-less dates in undated reports. */
  readonly storyAnchor: string | null;
  /** Who to credit when a sentence names no source: the report's publisher or dateline agency. */
  readonly reportSource: string;
  /** The report's place names (the entity stage's place mentions, report offsets); found here when not given. */
  readonly places?: readonly PlaceSpan[];
  /** The report's time expressions, `tagTimexes(report.text, relativeReference(date))`; tagged here when not given. */
  readonly timexes?: readonly Timex[];
  /** The report's article sentences, `segmentReport(report)` without captions, credits and headlines; found here when not given. */
  readonly sentences?: readonly Sentence[];
}

/** Counted nouns that are informants when a reporting verb follows ("three officials ... told Reuters"). */
const INFORMANTS = /^(?:officials|sources|witnesses|diplomats|activists|spokesmen|people familiar)$/;
/** Events for which "people" and "residents" are the civilians of the story (not for deaths, where fighters count too). */
const CIVILIAN_EVENTS = new Set(['fled', 'trapped', 'evacuated', 'missing']);

/**
 * "The 11-year-old girl was not hurt", "three customers who weren't injured", "two others were unharmed": the
 * predicate is denied, so the noun phrase counts no one of the measure (a zero is "no one was hurt", read apart).
 */
const NEGATED_PREDICATE = /^[\s,]*(?:(?:who|that|which)\s+)?(?:(?:also|reportedly|apparently)\s+)?(?:(?:was|were|is|are|has|have|had|did|does|do)(?:\s+not|\s+never|n['’]t)\b|(?:(?:was|were|is|are)\s+)?(?:uninjured|unharmed|unhurt|not\s+(?:hurt|injured|hit|struck|shot|wounded))\b)/i;
const NEGATABLE = new Set(['killed', 'injured', 'shot']);

/** Measures a count without a number ("a man", "he", "no one") can state; other predicates leave it uncounted. */
const SINGULAR_MEASURES = new Set(['killed', 'injured', 'shot', 'arrested', 'charged', 'missing', 'rescued']);

function isSingular(q: Quantity): q is SingularQuantity {
  return 'noun' in q;
}

/** The quantities of a sentence: numbers first; a noun-phrase count only where no number stands. */
function sentenceQuantities(text: string): Quantity[] {
  const numbers = findQuantities(text);
  const singulars = findSingulars(text).filter((s) => !numbers.some((n) => n.start < s.end && n.end > s.start));
  return [...numbers, ...singulars].sort((a, b) => a.start - b.start);
}

function isNested(text: string, q: Quantity): boolean {
  return /\bincluding\s*$/i.test(text.slice(Math.max(0, q.start - 12), q.start));
}

/** The time scope of `q`: the nearest date not cut off by another (non-nested) figure, else "in total", else a since-phrase. */
function timeScopeOf(text: string, q: Quantity, all: readonly Quantity[], timexes: readonly Timex[], ctx: ScopeContext): TimeScope | null {
  const clauseBefore = text.slice(Math.max(text.lastIndexOf(',', q.start - 1), text.lastIndexOf(';', q.start - 1)) + 1, q.start);
  if (/\btotal\b/i.test(clauseBefore)) return { label: 'in total', key: 'total' };
  const blockers = all.filter((o) => o !== q && !isNested(text, o));
  const candidates = timexes
    .filter((t) => !blockers.some((o) => (o.start > q.end && o.end <= t.start) || (o.start >= t.end && o.end <= q.start)))
    .filter((t) => !/\b(?:said|says|told|reported|announced)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start)))
    .sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start));
  for (const t of candidates) {
    const between = t.start >= q.end ? text.slice(q.end, t.start) : tailWords(text.slice(0, t.start), DEFAULT_FAR_WORDS_BEFORE).text;
    const scope = scopeFromTimex(t, between, ctx);
    if (scope !== null) return scope;
  }
  return scopeFromSincePhrase(headWords(text.slice(q.end), DEFAULT_WORDS_AFTER + 8), ctx.report);
}

/** A place phrase just before `q` (within a few words, after the figure before it) or fronted ("In Poland, 32 people died"). */
function placeBefore(text: string, q: Quantity, prev: Quantity | undefined, hits: readonly PlaceHit[]): string | null {
  const tailStart = tailWords(text.slice(0, q.start), DEFAULT_FAR_WORDS_BEFORE).start;
  const near = hits.filter((h) => h.end <= q.start && h.start >= tailStart && h.start >= (prev?.end ?? 0)).at(-1);
  if (near !== undefined) return near.place;
  const fronted = hits.find((h) => h.end <= q.start && h.start >= (prev?.end ?? 0) && /^\s*["“]?$/.test(text.slice(0, h.start)) && /^\s*,/.test(text.slice(h.end)));
  return fronted?.place ?? null;
}

/**
 * The place of the figure at `q`: a place phrase in its own coordinate (after it, before the next figure: "213 people in
 * Nairobi and 11 in Dar es Salaam"), else one just before it, else the place that frames the sentence's first figure
 * ("The blast in downtown Nairobi killed 213 people ... and injured 5,400").
 */
function placeOf(text: string, q: Quantity, nounEnd: number, neighbours: { readonly first: Quantity | undefined; readonly prev: Quantity | undefined; readonly next: Quantity | undefined }, hits: readonly PlaceHit[]): string | null {
  const { first, prev, next } = neighbours;
  const afterLimit = q.end + headWords(text.slice(q.end), DEFAULT_WORDS_AFTER).length;
  const own = hits.find((h) => h.start >= Math.min(nounEnd, afterLimit) - 1 && h.start < Math.min(next?.start ?? text.length, afterLimit));
  if (own !== undefined) return own.place;
  return placeBefore(text, q, prev, hits) ?? (first !== undefined && first !== q ? placeBefore(text, first, undefined, hits) : null);
}

interface SentencePlaces {
  readonly spans: readonly PlaceSpan[];
  readonly hits: readonly PlaceHit[];
  /** The place the sentence before named last, when it gave no figure of its own: "... camps in eastern Afghanistan. At least 26 people were killed". */
  readonly discourse: string | null;
}

function sentenceClaims(sentence: Sentence, timexes: readonly Timex[], input: ClaimInput, previous: FigureClaim | undefined, where: SentencePlaces): FigureClaim[] {
  const text = sentence.text;
  const quantities = sentenceQuantities(text);
  const { spans, hits: places } = where;
  const ctx: ScopeContext = {
    report: input.report.id,
    reportDate: relativeReference(input.date),
    reportInferred: input.date.inferred,
    storyAnchor: input.storyAnchor,
  };
  const local = timexes.map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start }));
  const claims: FigureClaim[] = [];
  let last = previous;
  let lastNounEnd = 0;
  for (const [qi, q] of quantities.entries()) {
    // "Two of the four victims died": the part is read with the whole that follows it, not as a figure of its own.
    const following = quantities[qi + 1];
    if (following !== undefined && PARTITIVE_GAP.test(text.slice(q.end, following.start))) continue;
    const singular = isSingular(q) ? q : null;
    const isPlaceAt = (offset: number): boolean => spans.some((s) => s.start <= q.end + offset && q.end + offset < s.end);
    const noun = singular !== null ? { noun: singular.noun, placeObject: null, isAnaphoric: false, end: 0, isPeople: false, isUnnamed: false } : readCountedNoun(text.slice(q.end), q.kind === 'share', isPlaceAt);
    if (noun.isUnnamed === true) continue;
    const nounEnd = q.end + noun.end;
    const before = text.slice(0, q.start);
    const after = text.slice(nounEnd);
    // The predicate is looked for up to the next figure ("one was killed and four others were injured"), past nested ones.
    const next = quantities.slice(qi + 1).find((o) => o.start >= nounEnd && !isNested(text, o));
    const ownAfter = next === undefined ? after : text.slice(nounEnd, next.start);
    if (noun.noun !== null && INFORMANTS.test(noun.noun) && REPORTING_VERB.test(headWords(after, 6))) continue;
    // "killed 213 people, 12 of them Americans, and injured 5,400": the bare number takes its noun from a figure of its
    // own (not "12 of them", which counts a part of the one before).
    const prevInSentence = [...claims].reverse().find((c) => c.counted.event !== '') ?? claims.at(-1);
    // "one person died, while the other three were taken to hospital": "other" is a contrast, not the same event.
    const isOther = /\bother\s*$/i.test(before) || noun.noun === 'others';
    const inherit = noun.isAnaphoric ? last : noun.noun === null ? prevInSentence : undefined;
    if (noun.noun === null && inherit === undefined) continue; // a number counting nothing we can name
    let event = singular?.event ?? findEventNear(before, ownAfter);
    // "Mere Contreras, 31, Damon Oswald-Newman, 19, and Shelly Bird were found dead": a list member takes the list's verb.
    if (event === '' && next !== undefined && /^[\s,]*(?:and\s*)?$/.test(ownAfter)) event = singular?.event ?? findEventNear(before, after);
    // "a man walked in", "one resident stayed" count nothing; "a man was killed", "one person died" do.
    // "He was taken to the hospital" is often where he died, told a sentence later: a lone person is not counted by it.
    if ((singular !== null || /^one$/i.test(q.text)) && (!SINGULAR_MEASURES.has(measureOf(event)) || event === 'hospitalized')) continue;
    // "11 women and 13 children": a figure coordinated with the one before shares its verb.
    if (event === '' && prevInSentence !== undefined && /^[\s,]*(?:and\s+)?$/.test(text.slice(lastNounEnd, q.start))) {
      event = prevInSentence.counted.event;
    }
    if (inherit !== undefined && (noun.isAnaphoric || event === '') && !isOther) event = inherit.counted.event;
    if (NEGATABLE.has(measureOf(event)) && NEGATED_PREDICATE.test(ownAfter)) continue;
    const rawNoun = noun.noun ?? inherit!.counted.noun;
    const nounName = CIVILIAN_EVENTS.has(event) && rawNoun === 'people' ? 'civilians' : rawNoun;
    const place = noun.placeObject ?? placeOf(text, q, nounEnd, { first: quantities[0], prev: quantities[qi - 1], next }, places) ?? (noun.isAnaphoric ? inherit?.counted.place ?? null : where.discourse);
    const scope = noun.isAnaphoric && inherit !== undefined ? null : timeScopeOf(text, q, quantities, local, ctx);
    const inheritedTime = noun.noun === null && inherit !== undefined && scope === null;
    const countedNoun = noun.isAnaphoric && inherit !== undefined ? `${inherit.counted.noun} ${inherit.counted.event}`.trim() : nounName;
    const countedEvent = noun.isAnaphoric ? '' : event;
    const counted: CountedThing = {
      kind: q.kind,
      noun: countedNoun,
      event: countedEvent,
      measure: measureOf(countedEvent),
      nounClass: noun.isPeople === true ? 'people' : nounClassOf(singular !== null ? 'person' : countedNoun),
      role: singular?.role ?? roleOf(rawNoun),
      place,
      time: inheritedTime || noun.isAnaphoric ? inherit?.counted.time ?? null : scope?.label ?? null,
      timeKey: inheritedTime || noun.isAnaphoric ? inherit?.counted.timeKey ?? null : scope?.key ?? null,
    };
    const found = findAttribution(text, q.start);
    // "he said", "it added": a pronoun takes the report's last named source; a title cut off by the splitter ("Col") is none.
    const isPronoun = found !== null && /^(?:it|he|she|they|we|i|officials?|police said)$/i.test(found.source);
    const isFragment = found !== null && /^(?:Col|Sgt|Lt|Capt|Gen|Dr|Mr|Mrs|Ms|Det|Cpl|Maj|Gov|Sen|Rep|St|Officer|Chief|Lt\. Col)\.?$/.test(found.source);
    const named = [...claims, ...(previous !== undefined ? [previous] : [])].find((c) => c.attributed && c.report === input.report.id);
    const attribution = isFragment || (isPronoun && /^(?:it|he|she|they|we|i)$/i.test(found!.source) && named === undefined) ? null : isPronoun && /^(?:it|he|she|they|we|i)$/i.test(found!.source) ? { source: named!.source } : found;
    // "One of the five people hospitalized has died", "two of the four victims": the predicate counts the part.
    const part = PARTITIVE.exec(before);
    const partValue = part === null ? null : parseNumber(part[1]!);
    const start = sentence.start + (part === null || partValue === null ? q.start : part.index);
    const end = sentence.start + Math.max(q.end, nounEnd);
    const claim: FigureClaim = {
      value: partValue ?? q.value,
      low: partValue === null ? q.low : null,
      high: partValue === null ? q.high : null,
      approximate: partValue === null && q.approximate,
      text: input.report.text.slice(start, end),
      source: attribution?.source ?? input.reportSource,
      attributed: attribution !== null,
      report: input.report.id,
      start,
      end,
      date: input.date.date,
      dateInferred: input.date.inferred,
      sentence: { start: sentence.start, end: sentence.end },
      counted,
      disputedBy: findDispute(after),
      isConditional: isConditionalBefore(before),
    };
    claims.push(claim);
    last = claim;
    lastNounEnd = nounEnd;
  }
  return claims;
}

/** The gap between a part and its whole: "two of the four victims". */
const PARTITIVE_GAP = /^\s+of\s+(?:the|those|these|its|their)\s+$/i;
/** "one of the", "two of those": a part of the figure that follows. */
const PARTITIVE = new RegExp(String.raw`\b(${WORD_NUMBER}|\d{1,3})\s+of\s+(?:the|those|these|its|their)\s+$`, 'i');

/** Every figure claim in the report's article sentences (captions, credits and headlines are left out), in text order. */
export function extractClaims(input: ClaimInput): FigureClaim[] {
  const { report, date } = input;
  const timexes = (input.timexes ?? tagTimexes(report.text, relativeReference(date))).filter((t) => t.start >= date.datelineEnd);
  const claims: FigureClaim[] = [];
  const sentences = input.sentences ?? segmentReport(report).filter((s) => s.isArticle);
  const places = input.places ?? recognizeMentions(report.text, sentences).filter((m) => m.type === 'place');
  let discourse: string | null = null;
  for (const sentence of sentences) {
    const inside = timexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    const spans = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end).map((p) => ({ start: p.start - sentence.start, end: p.end - sentence.start }));
    const hits = findPlaces(sentence.text, spans);
    const found = sentenceClaims(sentence, inside, input, claims.at(-1), { spans, hits, discourse });
    claims.push(...found);
    discourse = found.length === 0 ? hits.at(-1)?.place ?? null : null;
  }
  return claims;
}
