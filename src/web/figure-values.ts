/** @module Figures in words: a claim's or key figure's number as readers write it, and a group's values at a glance. */
import type { Claim, FigureGroup, KeyFigure } from './api.js';

const number = (n: number): string => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(n);

/** "75%", "275,000", "10,000–13,000", "at least 225". */
export function formatAmount(value: number | null, low: number | null, high: number | null, isShare: boolean): string {
  const unit = isShare ? '%' : '';
  if (value !== null && (low === null || low === value) && (high === null || high === value)) return `${low === value && high === null ? 'at least ' : ''}${number(value)}${unit}`;
  if (low !== null && high !== null) return `${number(low)}–${number(high)}${unit}`;
  if (value !== null) return `${number(value)}${unit}`;
  if (low !== null) return `at least ${number(low)}${unit}`;
  if (high !== null) return `up to ${number(high)}${unit}`;
  return '?';
}

export function claimAmount(claim: Claim): string {
  return formatAmount(claim.value, claim.low, claim.high, claim.counted.kind === 'share');
}

function pointOf(claim: Claim): number | null {
  return claim.value ?? claim.low ?? claim.high;
}

/**
 * A group's values in one line: an update as its earliest and latest figure ("225 → 413", in the
 * order the figures stage put them), a conflict as its spread ("30%–98%"), an agreement as its value.
 */
export function groupAmount(group: FigureGroup): string {
  const claims = group.claims.filter((c) => pointOf(c) !== null);
  const first = claims[0];
  if (first === undefined) return '?';
  if (group.status === 'update') return claims.length === 1 ? claimAmount(first) : `${claimAmount(first)} → ${claimAmount(claims[claims.length - 1]!)}`;
  if (group.status === 'conflict') {
    const lowest = Math.min(...claims.map((c) => c.low ?? pointOf(c)!));
    const highest = Math.max(...claims.map((c) => c.high ?? pointOf(c)!));
    return formatAmount(null, lowest, highest, first.counted.kind === 'share');
  }
  return claimAmount(first);
}

/** A key figure is a count of people or things (killed, injured, missing, ...), never a share. */
export function keyFigureAmount(figure: Pick<KeyFigure, 'value' | 'low' | 'high'>): string {
  return formatAmount(figure.value, figure.low, figure.high, false);
}

/** Conflicts first, then updates, then agreements: what an editor has to check. */
export const STATUS_RANK: Readonly<Record<string, number>> = { conflict: 0, update: 1, agree: 2, single: 3 };
export const STATUS_LABEL: Readonly<Record<string, string>> = { conflict: 'conflict', update: 'updated', agree: 'agree', single: 'one report' };
