/**
 * @module The values a story's killed or injured figure could take, each described by general features for the
 * learned ranker (rank-key-figure.ts): every stated value, a report's sentences summed, victims named one by
 * one, a self-killed shooter added, injured derived from shot minus killed, and an unstated zero.
 */
import type { FigureClaim } from '../types.js';
import { eligibleClaims, perReport, stated, type EligibleClaim } from './eligible-claims.js';
import { findQuantities } from './find-quantities.js';
import { findMultiples } from './find-singulars.js';

/** The features, in the order of the shipped weights (key-figure-model.json). */
export const CANDIDATE_FEATURES = [
  'stated', 'plusSelf', 'derived', 'reportSum', 'namedOneByOne', 'zeroUnstated', 'fromTitle',
  'isMode', 'shareMode', 'shareAny', 'logReports', 'isMax', 'isLatest', 'inLead', 'inTitle', 'attributed',
  'roleSuspects', 'roleOfficers', 'roleVictims', 'coordinatedSum', 'minPosition', 'otherPlace', 'roundupWords',
  'lowBound', 'approximate', 'v0', 'v1', 'v2', 'v3to4', 'v5plus',
  'laterDied', 'onStory', 'offStory', 'otherTime', 'pluralEvents', 'leadShare', 'latestLead', 'centralReport', 'maxOfLeads', 'leadReports', 'maxOfTitles',
] as const;
export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];

export type CandidateKind = 'stated' | 'plusSelf' | 'derived' | 'reportSum' | 'namedOneByOne' | 'zeroUnstated' | 'fromTitle' | 'laterDied';

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
const TITLE_MEASURE = /^\s+(?:[a-z'-]+\s+){0,2}?(?:(?:were|are|was|is|people|persons|men|women|teens|victims|others|dead)\s+)*(shot to death|shot dead|found dead|shot|wounded|injured|hurt|hospitali[sz]ed|killed|dead|slain|died)\b|^\s+(?:[a-z]+\s+){0,2}?to\s+(?:the\s+)?hospital/i;
const TITLE_MEASURE_OF: Readonly<Record<string, string>> = { 'shot to death': 'killed', 'shot dead': 'killed', 'found dead': 'killed', shot: 'shot', wounded: 'injured', injured: 'injured', hurt: 'injured', hospitalized: 'injured', hospitalised: 'injured', killed: 'killed', dead: 'killed', slain: 'killed', died: 'killed' };

/** "Third victim in Metairie shooting dies", "2nd body found": an ordinal death states the running toll. */
const TITLE_ORDINAL = /\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:[a-z'-]+\s+){0,2}?(?:victim|person|man|woman|child|teen|body)\b(?:\s+[a-z'-]+){0,4}?\s+(?:dies|died|dead|found\s+dead|body\s+found|found|killed|succumbs)\b/i;
const ORDINAL_VALUE: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6 };

/** "Boyle County man dies after accidental shooting", "Victim passes away": one death, with no count printed. */
const TITLE_ONE_DEATH = /\b(?:dies|died|dead|death|passes away|passed away|slain|killed)\b/i;
const TITLE_ONE_SHOT = /\b(?:shot|shoots (?:self|himself|herself)|wounded|injured|hurt|hospitali[sz]ed|recovering)\b/i;
const TITLE_DEATH_WORD = /\b(?:dead|death|deadly|fatal|fatally|kill|kills|killing|murder|homicide|slaying|body|dies|died)\b/i;
const TITLE_NO_ONE = /\b(?:no one|nobody|none|not)\b/i;

/** The counts each title binds to killed, injured or shot. */
export function titleCounts(title: string): { value: number; measure: string }[] {
  const ordinal = TITLE_ORDINAL.exec(title);
  const fromOrdinal = ordinal === null ? [] : [{ value: ORDINAL_VALUE[ordinal[1]!.toLowerCase()]!, measure: 'killed' }];
  const counted = [...fromOrdinal, ...countsIn(title), ...findMultiples(title).map((q) => ({ value: q.value!, measure: q.event! }))];
  if (TITLE_NO_ONE.test(title)) return counted;
  if (counted.every((c) => c.measure !== 'killed') && TITLE_ONE_DEATH.test(title)) return [...counted, { value: 1, measure: 'killed' }];
  // "Poplar Bluff teen recovering after being shot": one person shot, and (no death in the title) not killed.
  if (counted.length === 0 && TITLE_ONE_SHOT.test(title) && !TITLE_DEATH_WORD.test(title)) return [{ value: 1, measure: 'shot' }];
  return counted;
}

function countsIn(title: string): { value: number; measure: string }[] {
  return [...findQuantities(title).flatMap((q) => {
    const v = q.value ?? q.low;
    const m = TITLE_MEASURE.exec(title.slice(q.end));
    if (q.kind !== 'count' || v === null || m === null) return [];
    return [{ value: v, measure: m[1] === undefined ? 'injured' : TITLE_MEASURE_OF[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? 'killed' }];
  })];
}

/**
 * The story's own names: capitalised words (not opening a sentence, not days, months or the words of any
 * police report) that most of the cluster's reports print. A sentence naming one is about this incident; a
 * sentence naming only other names ("Englewood on May 22, 2013") is about another.
 */
const COMMON_CAPITALS = new Set(('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
  'police sheriff county department officer officers deputy deputies sgt lt capt chief detective detectives mr mrs ms dr street avenue road boulevard drive lane ' +
  'hospital medical center centre news associated press city state office the a an he she it they we i in on at for and but his her their this that there when after ' +
  'authorities officials investigators according who what where no one two three copyright all rights reserved').split(' '));
const CAPITAL_WORD = /(?<![.!?]\s|^)\b[A-Z][a-z]{2,}\b/gm;

function capitalsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(CAPITAL_WORD)) if (!COMMON_CAPITALS.has(m[0].toLowerCase())) out.add(m[0]);
  return out;
}

export interface StoryFrame {
  /** Names printed by at least half the reports (two at least). */
  readonly names: ReadonlySet<string>;
  /** Per report, the share of the story's names it prints (1 with fewer than two reports). */
  readonly centrality: ReadonlyMap<string, number>;
  /** The years the reports are dated in. */
  readonly years: ReadonlySet<string>;
}

export function storyFrame(texts: ReadonlyMap<string, string>, claims: readonly FigureClaim[]): StoryFrame {
  const per = [...texts].map(([id, t]) => [id, capitalsOf(t)] as const);
  const counts = new Map<string, number>();
  for (const [, cs] of per) for (const c of cs) counts.set(c, (counts.get(c) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(per.length / 2));
  const names = new Set([...counts].filter(([, n]) => n >= need).map(([c]) => c));
  const centrality = new Map(per.map(([id, cs]) => [id, per.length < 2 ? 1 : names.size === 0 ? 0 : [...names].filter((n) => cs.has(n)).length / names.size]));
  const years = new Set(claims.flatMap((c) => (c.date === null ? [] : [c.date.slice(0, 4)])));
  return { names, centrality, years };
}

/** "so far this year", "last month", "since January", "in 2013": a time that is not the incident's. */
export const OTHER_TIME = /\b(?:(?:so far|earlier|last|this|past)\s+(?:this\s+)?(?:year|month|week|weekend|summer)|since\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the start|the beginning)|so far|year-to-date|annual(?:ly)?|a year ago|months? ago|years? ago|weeks? ago)\b/i;
/** "in separate shootings", "four shootings", "homicides": a sentence about several events. */
const PLURAL_EVENTS = /\b(?:shootings|homicides|murders|killings|incidents|attacks|slayings)\b/i;
/** "has died", "later died", "succumbed": a death that may move a victim from injured to killed. */
const LATER_DEATH = /\b(?:has|have|had|later|since|subsequently|eventually)\s+died\b|\bdie[sd]?\b.{0,40}\b(?:hospital|injuries|wounds)\b|\bsuccumb(?:ed|s)?\b|\bpass(?:es|ed) away\b|\bdied\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|overnight|early|late|on)\b/i;

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
 * The cross-report update of one victim: a report dated after the first that says a victim "has died" (in
 * its text or its title) moves one person from injured to killed. Returns the updated killed and injured
 * figures, from the earlier reports' figures, or null when no later report tells of a death.
 */
function laterDeathUpdate(claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>, titles: ReadonlyMap<string, string | null>): { killed: number; injured: number | null; claims: EligibleClaim[] } | null {
  const dateOf = new Map<string, string>();
  for (const c of claims) if (c.date !== null) dateOf.set(c.report, c.date);
  const first = [...dateOf.values()].sort()[0];
  if (first === undefined) return null;
  const killed = eligibleClaims('killed', claims, texts);
  const deaths = killed.filter((c) => c.date !== null && c.date > first && stated(c) === 1 && c.counted.role !== 'suspects' && LATER_DEATH.test(sentenceOf(c, texts)));
  const titled = [...titles].filter(([id, t]) => t !== null && (dateOf.get(id) ?? '') > first && (LATER_DEATH.test(t) || /\bdies\b/i.test(t)));
  if (deaths.length === 0 && titled.length === 0) return null;
  const when = [...deaths.map((c) => c.date!), ...titled.map(([id]) => dateOf.get(id)!)].sort()[0]!;
  const before = (c: FigureClaim): boolean => c.date !== null && c.date < when;
  const k0 = modeValue(killed.filter(before)) ?? 0;
  const injured = eligibleClaims('injured', claims, texts).filter(before);
  const shot = eligibleClaims('shot', claims, texts).filter(before);
  const i0 = modeValue(injured) ?? (shot.length === 0 ? null : (modeValue(shot) ?? 0) - k0);
  return { killed: k0 + 1, injured: i0 === null || i0 < 1 ? null : i0 - 1, claims: deaths };
}

/**
 * The candidate values of `measure` ('killed' or 'injured') for a story's claims, with their features.
 * `titles` maps report ids to titles (default none: `inTitle` is then 0).
 */
export function findCandidates(measure: string, claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>, titles: ReadonlyMap<string, string | null> = new Map(), killedValue?: number): KeyFigureCandidate[] {
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
  // The killed count the injured are derived from ("5 shot, 1 killed": 4 injured): the caller's pick, else the mode.
  const k = killedValue ?? modeValue(killed) ?? 0;
  if (measure === 'killed') {
    const withSuspect = new Set(eligible.filter((c) => c.counted.role === 'suspects').map((c) => c.report));
    for (const c of eligible) {
      if (withSuspect.has(c.report) && c.counted.role !== 'suspects' && stated(c) > 0 && !INCLUDES_SHOOTER.test(sentenceOf(c, texts))) add(drafts, stated(c) + 1, 'plusSelf', [c]);
    }
  } else if (measure === 'injured') {
    for (const s of eligibleClaims('shot', claims, texts)) if (stated(s) - k >= 0) add(drafts, stated(s) - k, 'derived', [s]);
  }
  const fromTitles = [...titles.values()].flatMap((t) => (t === null ? [] : titleCounts(t)));
  for (const t of fromTitles) {
    if (t.measure === measure) add(drafts, t.value, 'fromTitle', []);
    else if (measure === 'injured' && t.measure === 'shot' && t.value - k >= 0) add(drafts, t.value - k, 'fromTitle', []);
  }
  const update = measure === 'killed' || measure === 'injured' ? laterDeathUpdate(claims, texts, titles) : null;
  const updated = update === null ? null : measure === 'killed' ? update.killed : update.injured;
  if (update !== null && updated !== null) add(drafts, updated, 'laterDied', update.claims);
  if (!drafts.has(0)) add(drafts, 0, 'zeroUnstated', []);
  const frame = storyFrame(texts, claims);

  const reports = perReport(eligible);
  const nReports = Math.max(1, new Set(eligible.map((c) => c.report)).size);
  const mode = modeValue(eligible);
  const max = eligible.length === 0 ? null : Math.max(...eligible.map(stated));
  const latestDate = reports.reduce<string>((b, r) => ((r.date ?? '') > b ? r.date ?? '' : b), '');
  const latest = reports.filter((r) => (r.date ?? '') === latestDate).map(stated);
  const places = new Map<string, number>();
  for (const r of reports) if (r.counted.place !== null) places.set(r.counted.place, (places.get(r.counted.place) ?? 0) + 1);
  const mainPlace = [...places].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const firstOf = new Map<string, EligibleClaim>();
  for (const c of eligible) { const f = firstOf.get(c.report); if (f === undefined || c.start < f.start) firstOf.set(c.report, c); }
  const latestFirst = [...firstOf.values()].filter((c) => (c.date ?? '') === latestDate).map(stated);
  const namesIn = (c: FigureClaim): string[] => [...capitalsOf(sentenceOf(c, texts))];
  const isOnStory = (c: FigureClaim): boolean => namesIn(c).some((n) => frame.names.has(n));
  const isOffStory = (c: FigureClaim): boolean => frame.names.size > 0 && !isOnStory(c) && namesIn(c).length > 0;
  const isOtherTime = (c: FigureClaim): boolean => OTHER_TIME.test(sentenceOf(c, texts)) || [...sentenceOf(c, texts).matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => !frame.years.has(m[0]));
  // Each report's lead states its total: the largest figure in the leads, and how many reports' leads state a value.
  const inLeadOf = eligible.filter((c) => c.sentence.start < LEAD_CHARS && c.counted.role !== 'suspects');
  const leadMax = inLeadOf.length === 0 ? null : Math.max(...inLeadOf.map(stated));
  const ownTitles = fromTitles.filter((t) => t.measure === measure).map((t) => t.value);
  const titleMax = ownTitles.length === 0 ? null : Math.max(...ownTitles);
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
      laterDied: Number(d.kinds.has('laterDied')),
      onStory: cs.length === 0 ? 0 : cs.filter(isOnStory).length / cs.length,
      offStory: Number(cs.length > 0 && cs.every(isOffStory)),
      otherTime: Number(cs.length > 0 && cs.every(isOtherTime)),
      pluralEvents: Number(cs.length > 0 && cs.every((c) => PLURAL_EVENTS.test(sentenceOf(c, texts)))),
      leadShare: [...firstOf.values()].filter((c) => stated(c) === value).length / nReports,
      latestLead: Number(latestFirst.includes(value)),
      centralReport: cs.length === 0 ? 0 : Math.max(...cs.map((c) => frame.centrality.get(c.report) ?? 0)),
      maxOfLeads: Number(leadMax !== null && value === leadMax),
      leadReports: new Set(inLeadOf.filter((c) => stated(c) === value).map((c) => c.report)).size / nReports,
      maxOfTitles: Number(titleMax !== null && value === titleMax),
    };
    return { value, kinds: d.kinds, claims: cs, features };
  });
}
