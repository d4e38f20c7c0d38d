/**
 * @module The values a story's killed or injured figure could take, each described by general features for the
 * learned ranker (rank-key-figure.ts): every stated value, a report's sentences summed, victims named one by
 * one, a self-killed shooter added, injured derived from shot minus killed, and an unstated zero.
 */
import type { FigureClaim } from '../types.js';
import { eligibleClaims, perReport, stated, type EligibleClaim } from './eligible-claims.js';
import { findQuantities } from './find-quantities.js';

/** The features, in the order of the shipped weights (key-figure-model.json). */
export const CANDIDATE_FEATURES = [
  'stated', 'plusSelf', 'derived', 'reportSum', 'namedOneByOne', 'zeroUnstated', 'fromTitle',
  'isMode', 'shareMode', 'shareAny', 'logReports', 'isMax', 'isLatest', 'inLead', 'inTitle', 'attributed',
  'roleSuspects', 'roleOfficers', 'roleVictims', 'coordinatedSum', 'minPosition', 'otherPlace', 'roundupWords',
  'lowBound', 'approximate', 'v0', 'v1', 'v2', 'v3to4', 'v5plus',
] as const;
export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];

export type CandidateKind = 'stated' | 'plusSelf' | 'derived' | 'reportSum' | 'namedOneByOne' | 'zeroUnstated' | 'fromTitle';

export interface KeyFigureCandidate {
  readonly value: number;
  readonly kinds: ReadonlySet<CandidateKind>;
  /** The claims behind the value (for a derived value, the shot claims; for a sum, its parts). */
  readonly claims: readonly EligibleClaim[];
  readonly features: Readonly<Record<CandidateFeature, number>>;
}

/** A claim this near a report's start is in its lead (GVA dev texts: the first sentence ends near 200-300 characters). */
const LEAD_CHARS = 300;
/** "In a separate shooting", "another man was shot": a round-up's other incidents. */
const ROUNDUP = /\b(?:separate|another|unrelated|earlier|elsewhere|weekend|second shooting|also shot)\b/i;
/** "including the gunman", "including himself": the figure already counts the shooter. */
export const INCLUDES_SHOOTER = /\bincluding\s+(?:the\s+)?(?:gunman|shooter|suspect|him|her)(?:self)?\b/i;

/** Of each report's largest figure, the one most reports state, ties to the larger; null without claims. */
export function modeValue(claims: readonly FigureClaim[]): number | null {
  const reports = perReport(claims).map(stated);
  if (reports.length === 0) return null;
  const count = (v: number): number => reports.filter((r) => r === v).length;
  return [...reports].sort((a, b) => count(b) - count(a) || b - a)[0]!;
}

/**
 * "Four people shot outside Kokomo nightclub", "Elgin shooting leaves 5 injured", "sends 4 people to the hospital":
 * the measure a title's count is bound to, read from the few words after it (titles are not in the text, so
 * their counts are candidates only, never claims with offsets).
 */
const TITLE_MEASURE = /^\s+(?:[a-z'-]+\s+){0,2}?(?:(?:were|are|was|is|people|persons|men|women|teens|victims|others|dead)\s+)*(shot|wounded|injured|hurt|hospitali[sz]ed|killed|dead|slain|died)\b|^\s+(?:[a-z]+\s+){0,2}?to\s+(?:the\s+)?hospital/i;
const TITLE_MEASURE_OF: Readonly<Record<string, string>> = { shot: 'shot', wounded: 'injured', injured: 'injured', hurt: 'injured', hospitalized: 'injured', hospitalised: 'injured', killed: 'killed', dead: 'killed', slain: 'killed', died: 'killed' };

/** "Third victim in Metairie shooting dies", "2nd body found": an ordinal death states the running toll. */
const TITLE_ORDINAL = /\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:[a-z'-]+\s+){0,2}?(?:victim|person|man|woman|child|teen|body)\b(?:\s+[a-z'-]+){0,4}?\s+(?:dies|died|dead|found\s+dead|body\s+found|found|killed|succumbs)\b/i;
const ORDINAL_VALUE: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6 };

/** The counts each title binds to killed, injured or shot. */
export function titleCounts(title: string): { value: number; measure: string }[] {
  const ordinal = TITLE_ORDINAL.exec(title);
  const fromOrdinal = ordinal === null ? [] : [{ value: ORDINAL_VALUE[ordinal[1]!.toLowerCase()]!, measure: 'killed' }];
  return [...fromOrdinal, ...findQuantities(title).flatMap((q) => {
    const v = q.value ?? q.low;
    const m = TITLE_MEASURE.exec(title.slice(q.end));
    if (q.kind !== 'count' || v === null || m === null) return [];
    return [{ value: v, measure: m[1] === undefined ? 'injured' : TITLE_MEASURE_OF[m[1].toLowerCase()] ?? 'killed' }];
  })];
}

const sentenceOf = (c: FigureClaim, texts: ReadonlyMap<string, string>): string => texts.get(c.report)?.slice(c.sentence.start, c.sentence.end) ?? '';

function bucket(v: number): Pick<Record<CandidateFeature, number>, 'v0' | 'v1' | 'v2' | 'v3to4' | 'v5plus'> {
  return { v0: Number(v === 0), v1: Number(v === 1), v2: Number(v === 2), v3to4: Number(v >= 3 && v <= 4), v5plus: Number(v >= 5) };
}

interface Draft { kinds: Set<CandidateKind>; claims: EligibleClaim[] }

function add(drafts: Map<number, Draft>, value: number, kind: CandidateKind, claims: readonly EligibleClaim[]): void {
  const d = drafts.get(value) ?? { kinds: new Set(), claims: [] };
  d.kinds.add(kind);
  for (const c of claims) if (!d.claims.includes(c)) d.claims.push(c);
  drafts.set(value, d);
}

/** Per report, the largest claim of each sentence summed, when the report spreads the figure over sentences. */
function reportSums(claims: readonly EligibleClaim[]): Map<string, EligibleClaim[]> {
  const out = new Map<string, EligibleClaim[]>();
  for (const c of claims) {
    if (c.counted.role === 'suspects') continue;
    const rs = out.get(c.report) ?? [];
    const same = rs.findIndex((r) => r.sentence.start === c.sentence.start);
    if (same < 0) rs.push(c);
    else if (stated(c) > stated(rs[same]!)) rs[same] = c;
    out.set(c.report, rs);
  }
  return out;
}

/**
 * The candidate values of `measure` ('killed' or 'injured') for a story's claims, with their features.
 * `titles` maps report ids to titles (default none: `inTitle` is then 0).
 */
export function findCandidates(measure: string, claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>, titles: ReadonlyMap<string, string | null> = new Map()): KeyFigureCandidate[] {
  const eligible = eligibleClaims(measure, claims, texts);
  const drafts = new Map<number, Draft>();
  for (const c of eligible) add(drafts, stated(c), 'stated', [c]);
  for (const [, rs] of reportSums(eligible)) {
    const sum = rs.reduce((s, c) => s + stated(c), 0);
    if (rs.length >= 2) add(drafts, sum, 'reportSum', rs);
    const ones = rs.filter((c) => stated(c) === 1);
    if (ones.length >= 2) add(drafts, ones.length, 'namedOneByOne', ones);
  }
  const killed = measure === 'killed' ? eligible : eligibleClaims('killed', claims, texts);
  if (measure === 'killed') {
    const withSuspect = new Set(eligible.filter((c) => c.counted.role === 'suspects').map((c) => c.report));
    for (const c of eligible) {
      if (withSuspect.has(c.report) && c.counted.role !== 'suspects' && stated(c) > 0 && !INCLUDES_SHOOTER.test(sentenceOf(c, texts))) add(drafts, stated(c) + 1, 'plusSelf', [c]);
    }
  } else if (measure === 'injured') {
    const k = modeValue(killed) ?? 0;
    for (const s of eligibleClaims('shot', claims, texts)) if (stated(s) - k >= 0) add(drafts, stated(s) - k, 'derived', [s]);
  }
  const fromTitles = [...titles.values()].flatMap((t) => (t === null ? [] : titleCounts(t)));
  for (const t of fromTitles) {
    if (t.measure === measure) add(drafts, t.value, 'fromTitle', []);
    else if (measure === 'injured' && t.measure === 'shot' && t.value - (modeValue(killed) ?? 0) >= 0) add(drafts, t.value - (modeValue(killed) ?? 0), 'fromTitle', []);
  }
  if (!drafts.has(0)) add(drafts, 0, 'zeroUnstated', []);

  const reports = perReport(eligible);
  const nReports = Math.max(1, new Set(eligible.map((c) => c.report)).size);
  const mode = modeValue(eligible);
  const max = eligible.length === 0 ? null : Math.max(...eligible.map(stated));
  const latestDate = reports.reduce<string>((b, r) => ((r.date ?? '') > b ? r.date ?? '' : b), '');
  const latest = reports.filter((r) => (r.date ?? '') === latestDate).map(stated);
  const places = new Map<string, number>();
  for (const r of reports) if (r.counted.place !== null) places.set(r.counted.place, (places.get(r.counted.place) ?? 0) + 1);
  const mainPlace = [...places].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const titleValues = new Set([...titles.values()].flatMap((t) => (t === null ? [] : findQuantities(t).filter((q) => q.kind === 'count').map((q) => q.value ?? q.low ?? -1))));

  return [...drafts].map(([value, d]) => {
    const cs = d.claims;
    const own = d.kinds.has('stated') || d.kinds.has('zeroUnstated') ? cs.filter((c) => stated(c) === value) : cs;
    const rel = (c: FigureClaim): number => c.start / Math.max(1, texts.get(c.report)?.length ?? 1);
    const features: Record<CandidateFeature, number> = {
      stated: Number(d.kinds.has('stated')), plusSelf: Number(d.kinds.has('plusSelf')), derived: Number(d.kinds.has('derived')),
      reportSum: Number(d.kinds.has('reportSum')), fromTitle: Number(d.kinds.has('fromTitle')), namedOneByOne: Number(d.kinds.has('namedOneByOne')), zeroUnstated: Number(d.kinds.has('zeroUnstated')),
      isMode: Number(value === (mode ?? 0)),
      shareMode: reports.filter((r) => stated(r) === value).length / nReports,
      shareAny: new Set(own.map((c) => c.report)).size / nReports,
      logReports: Math.log1p(new Set(cs.map((c) => c.report)).size),
      isMax: Number(max !== null && value === max),
      isLatest: Number(latest.includes(value)),
      inLead: Number(cs.some((c) => c.sentence.start < LEAD_CHARS)),
      inTitle: Number(value > 0 && titleValues.has(value)),
      attributed: Number(cs.some((c) => c.attributed)),
      roleSuspects: Number(cs.some((c) => c.counted.role === 'suspects')),
      roleOfficers: Number(cs.some((c) => c.counted.role === 'officers')),
      roleVictims: Number(cs.some((c) => c.counted.role === 'victims')),
      coordinatedSum: Number(cs.some((c) => c.isSum === true)),
      minPosition: cs.length === 0 ? 1 : Math.min(...cs.map(rel)),
      otherPlace: Number(cs.length > 0 && mainPlace !== null && cs.every((c) => c.counted.place !== null && c.counted.place !== mainPlace)),
      roundupWords: Number(cs.length > 0 && cs.every((c) => ROUNDUP.test(sentenceOf(c, texts)))),
      lowBound: Number(cs.length > 0 && cs.every((c) => c.value === null)),
      approximate: Number(cs.some((c) => c.approximate)),
      ...bucket(value),
    };
    return { value, kinds: d.kinds, claims: cs, features };
  });
}
