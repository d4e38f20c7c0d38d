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
 * - agree when one value fits every claim (bounds and round figures included);
 * - update when the count runs from a fixed start ("since November 15", "in total") and only grows, or
 *   when each differing claim comes from a report of a different known date, the later one newer;
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
  if (isConsistent(claims) && !(isRunning && hasDistinctStatedValues(claims))) {
    return { status: 'agree', reason: `${claims.length} claims fit one value`, claims: ordered };
  }
  const dated = claims.every((c) => c.date !== null);
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
