/** @module Decides whether the claims of one figure group agree, one updates another, or they conflict. */
import type { FigureClaim, FigureStatus } from '../types.js';

/**
 * How far a round figure ("around 10,000", "almost 90 percent") may stray from its stated value: news
 * copy rounds to one or two significant figures, and one-figure rounding of 10,000 covers 9,500–14,999
 * only one way, so ±10% is a middle reading that keeps "some 200,000" apart from 275,000.
 */
export const DEFAULT_APPROX_TOLERANCE = 0.1;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The values a claim allows. */
export function claimInterval(claim: FigureClaim, tolerance: number = DEFAULT_APPROX_TOLERANCE): Interval {
  if (claim.value === null) return { low: claim.low ?? 0, high: claim.high ?? Infinity };
  if (claim.low !== null) return { low: claim.low, high: Infinity };
  if (claim.high !== null) return { low: claim.high * (1 - tolerance), high: claim.high };
  if (claim.approximate) return { low: claim.value * (1 - tolerance), high: claim.value * (1 + tolerance) };
  return { low: claim.value, high: claim.value };
}

function statedValue(c: FigureClaim): number {
  return c.value ?? c.low ?? c.high ?? 0;
}

function hasDistinctStatedValues(claims: readonly FigureClaim[], tolerance: number = DEFAULT_APPROX_TOLERANCE): boolean {
  const values = claims.map(statedValue);
  return Math.max(...values) > Math.min(...values) * (1 + tolerance);
}

function isConsistent(claims: readonly FigureClaim[]): boolean {
  const intervals = claims.map((c) => claimInterval(c));
  return Math.max(...intervals.map((i) => i.low)) <= Math.min(...intervals.map((i) => i.high));
}

/**
 * The values a claim states, without the open side of a bound: "at least 60" states 60, "about 180" 162–198, "tens of
 * thousands" its range. Claims agree only when these meet: "at least 26" fits 224 but does not say it.
 */
function statedInterval(claim: FigureClaim, tolerance: number = DEFAULT_APPROX_TOLERANCE): Interval {
  if (claim.value === null) return { low: claim.low ?? 0, high: claim.high ?? claim.low ?? Infinity };
  if (claim.approximate) return { low: claim.value * (1 - tolerance), high: claim.value * (1 + tolerance) };
  return { low: claim.value, high: claim.value };
}

/** True when the claims state one value (see statedInterval). */
export function statesSameValue(claims: readonly FigureClaim[]): boolean {
  const intervals = claims.map((c) => statedInterval(c));
  return Math.max(...intervals.map((i) => i.low)) <= Math.min(...intervals.map((i) => i.high));
}

/** "at least 129", "more than 150": a lower bound, the way running tolls are stated. */
function isLowerBound(c: FigureClaim): boolean {
  return c.low !== null && (c.value === null || c.value === c.low) && c.high === null;
}

export interface Classification {
  readonly status: FigureStatus;
  readonly reason: string;
  /** The claims in reading order: by report date when known, by size for running counts. */
  readonly claims: readonly FigureClaim[];
}

function byDateThenOrder(a: FigureClaim, b: FigureClaim): number {
  if (a.date !== null && b.date !== null && a.date !== b.date) return a.date < b.date ? -1 : 1;
  return 0;
}

function midpoint(c: FigureClaim): number {
  const i = claimInterval(c);
  return Number.isFinite(i.high) ? (i.low + i.high) / 2 : i.low;
}

/**
 * Classifies a group of claims about the same thing:
 * - conflict when the text says a figure is disputed;
 * - agree when the claims state one value (round figures within their tolerance, a bound at its own number: "at least
 *   60" and "60"); a bound that only fits another value ("at least 26" beside 224) is not agreement;
 * - update when the count runs from a fixed start ("since November 15", "in total") and only grows, or
 *   when each differing claim comes from a report of a different known date, the later one newer, or when undated
 *   reports give figures that can all hold ("at least 129" and "at least 156", "more than 200" and 224), the larger
 *   newer (within one report such figures stay a conflict: one text giving two values for one thing);
 * - conflict otherwise (same or unknown time, values that cannot all hold).
 */
export function classifyGroup(claims: readonly FigureClaim[]): Classification {
  const ordered = [...claims].sort(byDateThenOrder);
  const disputed = claims.find((c) => c.disputedBy !== null);
  if (disputed !== undefined) {
    return { status: 'conflict', reason: `${disputed.disputedBy} disputes ${disputed.source}'s figure`, claims: ordered };
  }
  if (claims.length === 1) return { status: 'single', reason: 'one claim only', claims: ordered };
  const key = claims[0]!.counted.timeKey ?? '';
  const isRunning = key.startsWith('since:') || key === 'total';
  // "At least 225" and "at least 413" killed since the same day both hold, but the second is newer news.
  if (isConsistent(claims) && statesSameValue(claims) && !(isRunning && hasDistinctStatedValues(claims))) {
    return { status: 'agree', reason: `${claims.length} claims fit one value`, claims: ordered };
  }
  const dated = claims.every((c) => c.date !== null);
  // "at least 129" then "at least 156", or "more than 200" beside 224, in other reports: figures that can all hold are
  // no conflict; the toll only grows, so the larger, and a stated number over a bound, is read as the newer.
  const reports = new Set(claims.map((c) => c.report)).size;
  if (!isRunning && !dated && reports > 1 && isConsistent(claims)) {
    const sorted = [...claims].sort((a, b) => midpoint(a) - midpoint(b) || Number(isLowerBound(b)) - Number(isLowerBound(a)));
    return { status: 'update', reason: 'figures from several undated reports that can all hold: the larger or more precise supersedes (ordered by size)', claims: sorted };
  }
  if (isRunning) {
    const sorted = dated ? ordered : [...claims].sort((a, b) => midpoint(a) - midpoint(b));
    const grows = sorted.every((c, i) => i === 0 || midpoint(c) >= midpoint(sorted[i - 1]!));
    if (grows) {
      const basis = dated ? 'by report date' : 'by size, since the reports are undated';
      return { status: 'update', reason: `running count ${claims[0]!.counted.time}: later figures supersede earlier ones (ordered ${basis})`, claims: sorted };
    }
    return { status: 'conflict', reason: `running count ${claims[0]!.counted.time} falls in a later report`, claims: sorted };
  }
  if (dated && new Set(claims.map((c) => c.date)).size === claims.length) {
    return { status: 'update', reason: 'each figure comes from a report of a different date', claims: ordered };
  }
  return { status: 'conflict', reason: 'figures for the same thing at the same or an unknown time cannot all hold', claims: ordered };
}
