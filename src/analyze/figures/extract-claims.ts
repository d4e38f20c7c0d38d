/** @module Extracts every figure claim of one report: the quantity, what it counts, where and when, who said it. */
import { segmentReport } from '../../text/index.js';
import type { Report, Sentence } from '../../types.js';
import { tagTimexes, type Timex } from '../timex/index.js';
import type { CountedThing, FigureClaim, ReportDate } from '../types.js';
import { findEventNear, findDispute, headWords, isConditionalBefore, tailWords, DEFAULT_FAR_WORDS_BEFORE, DEFAULT_WORDS_AFTER } from './claim-context.js';
import { readCountedNoun } from './counted-noun.js';
import { REPORTING_VERB } from './event-words.js';
import { findAttribution } from './find-attribution.js';
import { findPlaces } from './find-place.js';
import { findQuantities, type Quantity } from './find-quantities.js';
import { scopeFromSincePhrase, scopeFromTimex, type ScopeContext, type TimeScope } from './time-scope.js';

export interface ClaimInput {
  readonly report: Report;
  readonly date: ReportDate;
  /** The story's reference day, for year-less dates in undated reports. */
  readonly storyAnchor: string | null;
  /** Who to credit when a sentence names no source: the report's publisher or dateline agency. */
  readonly reportSource: string;
}

/** Counted nouns that are informants when a reporting verb follows ("three officials ... told Reuters"). */
const INFORMANTS = /^(?:officials|sources|witnesses|diplomats|activists|spokesmen|people familiar)$/;
/** Events for which "people" and "residents" are the civilians of the story (not for deaths, where fighters count too). */
const CIVILIAN_EVENTS = new Set(['fled', 'trapped', 'evacuated', 'missing']);

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

function sentenceClaims(sentence: Sentence, timexes: readonly Timex[], input: ClaimInput, previous: FigureClaim | undefined): FigureClaim[] {
  const text = sentence.text;
  const quantities = findQuantities(text);
  const ctx: ScopeContext = {
    report: input.report.id,
    reportDate: input.date.date,
    reportInferred: input.date.inferred,
    storyAnchor: input.storyAnchor,
  };
  const local = timexes.map((t) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start }));
  const claims: FigureClaim[] = [];
  let last = previous;
  let lastNounEnd = 0;
  for (const q of quantities) {
    const noun = readCountedNoun(text.slice(q.end), q.kind === 'share');
    const nounEnd = q.end + noun.end;
    const before = text.slice(0, q.start);
    const after = text.slice(nounEnd);
    if (noun.noun !== null && INFORMANTS.test(noun.noun) && REPORTING_VERB.test(headWords(after, 6))) continue;
    const prevInSentence = claims.at(-1);
    const inherit = noun.isAnaphoric ? last : noun.noun === null ? prevInSentence : undefined;
    if (noun.noun === null && inherit === undefined) continue; // a number counting nothing we can name
    let event = findEventNear(before, after);
    // "11 women and 13 children": a figure coordinated with the one before shares its verb.
    if (event === '' && prevInSentence !== undefined && /^[\s,]*(?:and\s+)?$/.test(text.slice(lastNounEnd, q.start))) {
      event = prevInSentence.counted.event;
    }
    if (inherit !== undefined && (noun.isAnaphoric || event === '')) event = inherit.counted.event;
    const rawNoun = noun.noun ?? inherit!.counted.noun;
    const nounName = CIVILIAN_EVENTS.has(event) && rawNoun === 'people' ? 'civilians' : rawNoun;
    const afterPlaces = findPlaces(headWords(text.slice(q.end), DEFAULT_WORDS_AFTER));
    const beforePlaces = findPlaces(tailWords(before, DEFAULT_FAR_WORDS_BEFORE).text);
    const place = noun.placeObject ?? afterPlaces[0]?.place ?? beforePlaces.at(-1)?.place ?? (noun.isAnaphoric ? inherit?.counted.place ?? null : null);
    const scope = noun.isAnaphoric && inherit !== undefined ? null : timeScopeOf(text, q, quantities, local, ctx);
    const inheritedTime = noun.noun === null && inherit !== undefined && scope === null;
    const counted: CountedThing = {
      kind: q.kind,
      noun: noun.isAnaphoric && inherit !== undefined ? `${inherit.counted.noun} ${inherit.counted.event}`.trim() : nounName,
      event: noun.isAnaphoric ? '' : event,
      place,
      time: inheritedTime || noun.isAnaphoric ? inherit?.counted.time ?? null : scope?.label ?? null,
      timeKey: inheritedTime || noun.isAnaphoric ? inherit?.counted.timeKey ?? null : scope?.key ?? null,
    };
    const attribution = findAttribution(text, q.start);
    const start = sentence.start + q.start;
    const end = sentence.start + Math.max(q.end, nounEnd);
    const claim: FigureClaim = {
      value: q.value,
      low: q.low,
      high: q.high,
      approximate: q.approximate,
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

/** Every figure claim in the report's article sentences (captions, credits and headlines are left out), in text order. */
export function extractClaims(input: ClaimInput): FigureClaim[] {
  const { report, date } = input;
  const timexes = tagTimexes(report.text, date.date).filter((t) => t.start >= date.datelineEnd);
  const claims: FigureClaim[] = [];
  for (const sentence of segmentReport(report)) {
    if (!sentence.isArticle) continue;
    const inside = timexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    claims.push(...sentenceClaims(sentence, inside, input, claims.at(-1)));
  }
  return claims;
}
