/**
 * @module Reconciles the claims of each headline measure (killed, injured, …) into one key figure: the value an
 * editor would print now, with the earlier and competing values, who stated each and when.
 */
import type { FigureClaim, FigureStatus, KeyFigure, KeyFigureValue } from '../types.js';
import { HEADLINE_MEASURES } from './measure.js';

/** How the reports' figures become one: see DESIGN.md (figures) for the comparison on the GVA dev file. */
export type KeyFigureStrategy = 'max' | 'latest' | 'mode';

export interface KeyFigureOptions {
  /**
   * Default `mode`: of each report's largest figure, the one most reports state, ties to the larger (GVA dev,
   * 500 incidents: killed 0.812 / injured 0.690 against max 0.786 / 0.680 and latest 0.788 / 0.676).
   */
  readonly strategy?: KeyFigureStrategy;
  /** Default true: a shooter who killed himself is counted among the dead when no figure already includes him. */
  readonly addSelfKilled?: boolean;
}

const stated = (c: FigureClaim): number => c.value ?? c.low ?? c.high ?? 0;

function isEligible(c: FigureClaim, measure: string): boolean {
  // "in the past four years" is a background tally, not the story's own figure.
  const isBackground = c.counted.timeKey !== null && /^P\d/.test(c.counted.timeKey);
  return c.counted.kind === 'count' && c.counted.measure === measure && !c.isConditional && !isBackground && (c.value !== null || c.low !== null);
}

/** The largest claim of each report: a report's lead sentence carries its total, later sentences its parts. */
function perReport(claims: readonly FigureClaim[]): FigureClaim[] {
  const best = new Map<string, FigureClaim>();
  for (const c of claims) {
    const b = best.get(c.report);
    if (b === undefined || stated(c) > stated(b)) best.set(c.report, c);
  }
  return [...best.values()];
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

function choose(reports: readonly FigureClaim[], strategy: KeyFigureStrategy): FigureClaim {
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

function statusOf(claims: readonly FigureClaim[], reports: readonly FigureClaim[], chosen: FigureClaim): { status: FigureStatus; reason: string } {
  if (claims.length === 1) return { status: 'single', reason: 'one claim only' };
  const values = new Set(reports.map(stated));
  if (values.size === 1) return { status: 'agree', reason: `${claims.length} claims in ${reports.length} report${reports.length === 1 ? '' : 's'} state ${stated(chosen)}` };
  const running = claims[0]!.counted.timeKey;
  if (running !== null && running.startsWith('since:') && claims.every((c) => c.counted.timeKey === running) && stated(chosen) === Math.max(...reports.map(stated))) {
    return { status: 'update', reason: `running count ${claims[0]!.counted.time}: the largest figure is the latest` };
  }
  const latest = choose(reports, 'latest');
  const earlier = reports.filter((r) => stated(r) !== stated(latest));
  const isLater = latest.date !== null && earlier.every((r) => r.date !== null && r.date < latest.date!);
  const most = `; ${stated(chosen)} is stated by the most reports`;
  if (isLater) return { status: 'update', reason: `the latest report (${latest.date}) states ${stated(latest)}; earlier ${[...new Set(earlier.map(stated))].join(', ')}${stated(chosen) === stated(latest) ? '' : most}` };
  const who = [...values].map((v) => `${v}: ${[...new Set(reports.filter((r) => stated(r) === v).map((r) => r.source))].join(', ')}`).join('; ');
  return { status: 'conflict', reason: `reports of the same or unknown time differ (${who})` };
}

/** "including the gunman", "including himself": the figure already counts the shooter. */
const INCLUDES_SHOOTER = /\bincluding\s+(?:the\s+)?(?:gunman|shooter|suspect|him|her)(?:self)?\b/i;

/** A year in the sentence before the story's first report year: another, earlier event ("In 2009, ... killing 13"). */
function isHistorical(c: FigureClaim, texts: ReadonlyMap<string, string>, firstYear: number | null): boolean {
  if (firstYear === null) return false;
  const sentence = texts.get(c.report)?.slice(c.sentence.start, c.sentence.end) ?? '';
  return [...sentence.matchAll(/\b(19\d{2}|20\d{2})\b/g)].some((m) => Number(m[1]) < firstYear);
}

/**
 * "killing 12 soldiers and one civilian", "three children and two adults were found dead": counts of one
 * measure joined by "and" in one sentence are one figure, their sum.
 */
function withCoordinatedSums(claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>): FigureClaim[] {
  const out: FigureClaim[] = [];
  for (const c of claims) {
    const prev = out.at(-1);
    const between = prev !== undefined && prev.report === c.report && prev.sentence.start === c.sentence.start ? texts.get(c.report)?.slice(prev.end, c.start) ?? '' : null;
    if (prev !== undefined && between !== null && /^\s*(?:,\s*)?(?:and|plus)\s*$/i.test(between) && prev.value !== null && c.value !== null && c.value > 0) {
      out[out.length - 1] = { ...prev, value: prev.value + c.value, low: prev.low === null ? null : prev.low + c.value, end: c.end, text: `${prev.text}${between}${c.text}` };
    } else out.push(c);
  }
  return out;
}

function keyFigureOf(measure: string, claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>, options: Required<KeyFigureOptions>): KeyFigure | null {
  const firstYear = claims.reduce<number | null>((y, c) => (c.date === null ? y : Math.min(y ?? 9999, Number(c.date.slice(0, 4)))), null);
  const ofMeasure = claims.filter((c) => isEligible(c, measure) && c.counted.nounClass === 'people' && !isHistorical(c, texts, firstYear));
  const eligible = withCoordinatedSums(ofMeasure, texts);
  if (eligible.length === 0) return null;
  const reports = perReport(eligible);
  const chosen = choose(reports, options.strategy);
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
      reason = '; the shooter\'s own death added';
    }
  }
  const s = statusOf(eligible, reports, chosen);
  const backing = eligible.filter((c) => stated(c) === stated(chosen));
  return {
    measure,
    counted: 'people',
    value,
    low,
    high: chosen.high,
    status: s.status,
    reason: s.reason + reason,
    what: `people ${measure}`,
    sources: [...new Set(backing.map((c) => c.source))],
    dates: [...new Set(backing.map((c) => c.date))],
    values: valuesOf(reports),
    refs: backing.map((c) => ({ report: c.report, start: c.start, end: c.end })),
  };
}

/** "Five people were shot, one fatally": with no injured figure stated, the shot who did not die were injured. */
function injuredFromShot(shot: KeyFigure, killed: KeyFigure | null): KeyFigure | null {
  const s = shot.value ?? shot.low;
  const k = killed === null ? 0 : killed.value ?? killed.low ?? 0;
  if (s === null || s - k < 0) return null;
  return { ...shot, measure: 'injured', what: 'people injured', value: shot.value === null ? null : s - k, low: shot.value === null ? s - k : null, high: null, reason: `${s} shot, ${k} of them killed (derived)` };
}

/**
 * The key figures of a story's claims, in headline order; a measure no claim states is absent. `texts`
 * maps report ids to their text (for the sentence around a claim).
 */
export function findKeyFigures(claims: readonly FigureClaim[], texts: ReadonlyMap<string, string>, options: KeyFigureOptions = {}): KeyFigure[] {
  const o: Required<KeyFigureOptions> = { strategy: options.strategy ?? 'mode', addSelfKilled: options.addSelfKilled ?? true };
  const out: KeyFigure[] = [];
  const killed = keyFigureOf('killed', claims, texts, o);
  const shot = keyFigureOf('shot', claims, texts, o);
  for (const measure of ['killed', 'injured', 'shot', ...HEADLINE_MEASURES.filter((m) => m !== 'killed' && m !== 'injured')]) {
    let k = measure === 'killed' ? killed : measure === 'shot' ? shot : keyFigureOf(measure, claims, texts, o);
    if (measure === 'injured' && shot !== null) {
      // "Four people were shot, one critically": the shot who did not die are the injured, even where one is named.
      const derived = injuredFromShot(shot, killed);
      const stated = k === null ? null : k.value ?? k.low ?? 0;
      if (derived !== null && (stated === null || (derived.value ?? derived.low ?? 0) > stated)) k = derived;
    }
    if (k !== null) out.push(k);
  }
  return out;
}
