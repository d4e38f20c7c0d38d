/**
 * @module Reconciles the claims of each headline measure (killed, injured, …) into one key figure: the value an
 * editor would print now, with the earlier and competing values, who stated each and when.
 */
import type { FigureClaim, FigureStatus, KeyFigure, KeyFigureValue } from '../types.js';
import { eligibleClaims, perReport, stated } from './eligible-claims.js';
import { findCandidates, INCLUDES_SHOOTER, OTHER_TIME, type CandidateKind } from './key-figure-candidates.js';
import { isPlaceCompatible } from './find-place.js';
import { HEADLINE_MEASURES } from './measure.js';
import { rankCandidates } from './rank-key-figure.js';

/** How the reports' figures become one: see DESIGN.md (figures) for the comparison on the GVA dev file. */
export type KeyFigureStrategy = 'learned' | 'max' | 'latest' | 'mode';

export interface KeyFigureOptions {
  /**
   * Default `learned`: killed and injured by the ranker over candidate values (rank-key-figure.ts; GVA dev 5-fold
   * CV in DESIGN.md), other measures as `mode`. `mode`: of each report's largest figure, the one most reports
   * state, ties to the larger; `max`; `latest`.
   */
  readonly strategy?: KeyFigureStrategy;
  /** Default true: a shooter who killed himself is counted among the dead when no figure already includes him. */
  readonly addSelfKilled?: boolean;
  /** Report ids to titles, for the ranker's "stated in a title" (default none). */
  readonly titles?: ReadonlyMap<string, string | null>;
}

function valuesOf(claims: readonly FigureClaim[]): KeyFigureValue[] {
  const byValue = new Map<number, FigureClaim[]>();
  for (const c of claims) byValue.set(stated(c), [...(byValue.get(stated(c)) ?? []), c]);
  const rows = [...byValue.values()].map((cs) => ({
    value: cs[0]!.value,
    low: cs[0]!.low,
    high: cs[0]!.high,
    sources: [...new Set(cs.map((c) => c.source))],
    dates: [...new Set(cs.map((c) => c.date))],
    claims: cs.length,
    first: cs.map((c) => c.date ?? '9999').sort()[0]!,
  }));
  rows.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  return rows.map(({ first: _first, ...row }) => row);
}

function choose(reports: readonly FigureClaim[], strategy: Exclude<KeyFigureStrategy, 'learned'>): FigureClaim {
  if (strategy === 'latest') {
    const dated = [...reports].sort((a, b) => (a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : stated(b) - stated(a));
    return dated[0]!;
  }
  if (strategy === 'mode') {
    const count = (v: number): number => reports.filter((r) => stated(r) === v).length;
    return [...reports].sort((a, b) => count(stated(b)) - count(stated(a)) || stated(b) - stated(a))[0]!;
  }
  return [...reports].sort((a, b) => stated(b) - stated(a))[0]!;
}

function statusOf(claims: readonly FigureClaim[], reports: readonly FigureClaim[], chosen: number): { status: FigureStatus; reason: string } {
  if (claims.length === 0) return { status: 'single', reason: 'no claim in the texts' };
  if (claims.length === 1) return { status: 'single', reason: 'one claim only' };
  const values = new Set(reports.map(stated));
  if (values.size === 1) return { status: 'agree', reason: `${claims.length} claims in ${reports.length} report${reports.length === 1 ? '' : 's'} state ${chosen}` };
  const running = claims[0]!.counted.timeKey;
  if (running !== null && running.startsWith('since:') && claims.every((c) => c.counted.timeKey === running) && chosen === Math.max(...reports.map(stated))) {
    return { status: 'update', reason: `running count ${claims[0]!.counted.time}: the largest figure is the latest` };
  }
  const latest = choose(reports, 'latest');
  const earlier = reports.filter((r) => stated(r) !== stated(latest));
  const isLater = latest.date !== null && earlier.every((r) => r.date !== null && r.date < latest.date!);
  const most = `; ${chosen} is the ranker's choice`;
  if (isLater) return { status: 'update', reason: `the latest report (${latest.date}) states ${stated(latest)}; earlier ${[...new Set(earlier.map(stated))].join(', ')}${chosen === stated(latest) ? '' : most}` };
  const who = [...values].map((v) => `${v}: ${[...new Set(reports.filter((r) => stated(r) === v).map((r) => r.source))].join(', ')}`).join('; ');
  return { status: 'conflict', reason: `reports of the same or unknown time differ (${who})` };
}

const KIND_REASON: Readonly<Record<CandidateKind, string>> = {
  stated: 'stated',
  plusSelf: "the shooter's own death added",
  derived: 'shot minus killed (derived)',
  reportSum: "one report's sentences summed",
  namedOneByOne: 'victims named one by one, counted',
  zeroUnstated: 'none stated',
  fromTitle: 'stated in a title',
  laterDied: 'a later report tells of a death: one moved from injured to killed',
};

/** The key figure of `measure` with the value `chosen` (a rule's or the ranker's), backed by `backing`. */
function figureOf(measure: string, eligible: readonly FigureClaim[], backing: readonly FigureClaim[], shape: Pick<FigureClaim, 'value' | 'low' | 'high'>, extra: string): KeyFigure {
  const value = shape.value ?? shape.low ?? shape.high ?? 0;
  // A figure derived from another measure's claims ("4 shot, 1 killed": 3 injured) has no claim of its own to list
  // or classify: the shot counts are not injured figures "also stated", nor a conflict among them.
  const base = eligible.length > 0 ? eligible : backing.filter((c) => c.counted.measure === measure);
  if (base.length === 0) {
    const row = { value: shape.value, low: shape.low, high: shape.high, sources: [...new Set(backing.map((c) => c.source))], dates: [...new Set(backing.map((c) => c.date))], claims: backing.length };
    return { measure, counted: 'people', value: shape.value, low: shape.low, high: shape.high, status: 'single', reason: `no ${measure} figure stated${extra}`, what: `people ${measure}`, sources: row.sources, dates: row.dates, values: backing.length === 0 ? [] : [row], refs: backing.map((c) => ({ report: c.report, start: c.start, end: c.end })) };
  }
  const reports = perReport(base);
  const s = statusOf(base, reports, value);
  return {
    measure,
    counted: 'people',
    value: shape.value,
    low: shape.low,
    high: shape.high,
    status: s.status,
    reason: s.reason + extra,
    what: `people ${measure}`,
    sources: [...new Set(backing.map((c) => c.source))],
    dates: [...new Set(backing.map((c) => c.date))],
    values: valuesOf(reports),
    refs: backing.map((c) => ({ report: c.report, start: c.start, end: c.end })),
  };
}

/** The learned choice (killed, injured): the ranker's candidate, or null when it is an unstated zero. */
function learnedFigureOf(measure: string, claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>, titles: ReadonlyMap<string, string | null>, killedValue?: number): KeyFigure | null {
  const best = rankCandidates(measure, findCandidates(measure, claims, texts, titles, killedValue));
  if (best === null || (best.kinds.size === 1 && best.kinds.has('zeroUnstated')) || (best.value === 0 && best.kinds.has('fromTitle') && best.claims.length === 0)) return null;
  const eligible = eligibleClaims(measure, claims, texts);
  const own = best.kinds.has('stated') ? best.claims.filter((c) => stated(c) === best.value) : best.claims;
  // A stated value keeps its claim's bounds ("at least 413"); a sum or a derived value is a plain number.
  const shape = best.kinds.has('stated') && own[0] !== undefined ? own[0] : { value: best.value, low: null, high: null };
  const how = [...best.kinds].filter((k) => k !== 'stated').map((k) => KIND_REASON[k]);
  return figureOf(measure, eligible, own, shape, how.length === 0 ? '' : `; ${how.join(', ')}`);
}

function ruleFigureOf(measure: string, claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>, options: Required<KeyFigureOptions>): KeyFigure | null {
  const eligible = eligibleClaims(measure, claims, texts);
  if (eligible.length === 0) return null;
  const strategy = options.strategy === 'learned' ? 'mode' : options.strategy;
  const chosen = choose(perReport(eligible), strategy);
  let value = chosen.value;
  let low = chosen.low;
  let reason = '';
  if (measure === 'killed' && options.addSelfKilled) {
    // "shot two people before killing himself": the figure names the victims, the shooter's death is the second claim.
    const self = eligible.find((c) => c.counted.role === 'suspects' && c.report === chosen.report && c !== chosen);
    const sentence = texts.get(chosen.report)?.slice(chosen.sentence.start, chosen.sentence.end) ?? '';
    if (self !== undefined && chosen.counted.role !== 'suspects' && stated(chosen) > 0 && !INCLUDES_SHOOTER.test(sentence)) {
      value = value === null ? null : value + 1;
      low = low === null ? null : low + 1;
      reason = "; the shooter's own death added";
    }
  }
  const backing = eligible.filter((c) => stated(c) === stated(chosen));
  return figureOf(measure, eligible, backing, { value, low, high: chosen.high }, reason);
}

/** "Five people were shot, one fatally": with no injured figure stated, the shot who did not die were injured. */
function injuredFromShot(shot: KeyFigure, killed: KeyFigure | null): KeyFigure | null {
  const s = shot.value ?? shot.low;
  const k = killed === null ? 0 : killed.value ?? killed.low ?? 0;
  if (s === null || s - k < 0) return null;
  return { ...shot, measure: 'injured', what: 'people injured', value: shot.value === null ? null : s - k, low: shot.value === null ? s - k : null, high: null, reason: `${s} shot, ${k} of them killed (derived)` };
}

/** "Kenya and Tanzania": a place phrase that names several places, the scope of a combined toll. */
const isCombinedPlace = (place: string): boolean => /\s(?:and|&)\s|,/.test(place);

/**
 * The single places a story gives `measure` for that cannot be one area (Nairobi and Dar es Salaam), in order of
 * first mention; empty when the claims name at most one area.
 */
function placesApart(measure: string, claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>): string[] {
  const places = [...new Set(eligibleClaims(measure, claims, texts).flatMap((c) => (c.counted.place === null || isCombinedPlace(c.counted.place) ? [] : [c.counted.place])))];
  return places.some((p, i) => places.slice(i + 1).some((q) => !isPlaceCompatible(p, q))) ? places : [];
}

/**
 * Where a story gives a measure place by place, its headline figure is the story-wide one: of that measure, only
 * the claims with a combined place ("in Kenya and Tanzania") or none stay, and of those with none only the ones at
 * least as large as every place's own figure (a smaller one is a part whose place the sentence does not repeat:
 * "the bomb that blew up the U.S. Embassy, killing 11 people"). All stay when none is left.
 */
function storyWide(measure: string, claims: readonly FigureClaim[], apart: readonly string[], texts: ReadonlyMap<string, string>): FigureClaim[] {
  if (apart.length === 0) return [...claims];
  const largestPart = Math.max(...claims.filter((c) => c.counted.measure === measure && c.counted.place !== null && apart.includes(c.counted.place)).map(stated));
  // "More than 750 people have been killed so far this year": a tally of another time is no story's toll.
  const isOtherTime = (c: FigureClaim): boolean => OTHER_TIME.test(texts.get(c.report)?.slice(c.sentence.start, c.sentence.end) ?? '');
  const kept = claims.filter((c) => c.counted.measure !== measure || (!isOtherTime(c) && (c.counted.place === null ? stated(c) >= largestPart : isCombinedPlace(c.counted.place))));
  return kept.some((c) => c.counted.measure === measure) ? kept : [...claims];
}

/**
 * The key figures of a story's claims, in headline order; a measure no claim states is absent. `texts`
 * maps report ids to their text (for the sentence around a claim).
 */
export function findKeyFigures(claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>, options: KeyFigureOptions = {}): KeyFigure[] {
  const o: Required<KeyFigureOptions> = { strategy: options.strategy ?? 'learned', addSelfKilled: options.addSelfKilled ?? true, titles: options.titles ?? new Map() };
  const isLearned = (m: string): boolean => o.strategy === 'learned' && (m === 'killed' || m === 'injured');
  const apart = new Map<string, string[]>();
  const apartOf = (m: string): string[] => apart.get(m) ?? apart.set(m, placesApart(m, claims, texts)).get(m)!;
  const figure = (m: string, killedValue?: number): KeyFigure | null => {
    const wide = storyWide(m, claims, apartOf(m), texts);
    if (!isLearned(m)) return ruleFigureOf(m, wide, texts, o);
    // The ranker learned single-incident stories (GVA): where a story told place by place gets no figure from it
    // (the embassy bombings' 224 scored below an unstated zero), the story-wide claims' mode stands.
    return learnedFigureOf(m, wide, texts, o.titles, killedValue) ?? (apartOf(m).length > 0 ? ruleFigureOf(m, wide, texts, o) : null);
  };
  // "213 in Nairobi, 11 in Dar es Salaam": each place's own figure follows the story-wide one, never mixed into it.
  const perPlace = (m: string): KeyFigure[] => apartOf(m).flatMap((place) => {
    const k = ruleFigureOf(m, claims.filter((c) => c.counted.measure === m && c.counted.place === place), texts, { ...o, strategy: 'mode' });
    return k === null ? [] : [{ ...k, what: `${k.what} in ${place}` }];
  });
  const out: KeyFigure[] = [];
  const killed = figure('killed');
  // The injured ranker was fitted on "shot minus killed" taken with the killed ranker's own pick (stacking).
  const killedValue = killed === null ? 0 : killed.value ?? killed.low ?? 0;
  const shot = figure('shot');
  for (const measure of ['killed', 'injured', 'shot', ...HEADLINE_MEASURES.filter((m) => m !== 'killed' && m !== 'injured')]) {
    let k = measure === 'killed' ? killed : measure === 'shot' ? shot : figure(measure, measure === 'injured' ? killedValue : undefined);
    if (measure === 'injured' && shot !== null && !isLearned('injured')) {
      // "Four people were shot, one critically": the shot who did not die are the injured, even where one is named.
      const derived = injuredFromShot(shot, killed);
      const stated = k === null ? null : k.value ?? k.low ?? 0;
      if (derived !== null && (stated === null || (derived.value ?? derived.low ?? 0) > stated)) k = derived;
    }
    if (k !== null) out.push(k);
    // A place's row that repeats the headline value (the story gave no story-wide figure) adds nothing.
    if (measure === 'killed' || measure === 'injured') out.push(...perPlace(measure).filter((p) => k === null || p.value !== k.value || p.low !== k.low));
  }
  return out;
}
