/** @module The figures a newer report has updated: the spans a brief should no longer state. */
import type { FigureClaim, FigureGroup } from '../analyze/index.js';
import type { SourceRef } from '../types.js';

function valueOf(c: FigureClaim): number | null {
  return c.value ?? c.low ?? c.high;
}

/**
 * Claims a later report has superseded: in a group the analyze stage calls an `update` (a running count that
 * changed across reports), every dated claim older than the group's newest date whose value the newest
 * reports do not state ("seven people were wounded" on the 19th, "six people" on the 20th); and the same
 * report's restatements of that value for the same people under another measure ("Seven people ... were
 * shot"), which the analyze stage groups apart. Undated claims are never superseded: with no date, which one
 * is newer is not known.
 */
export function supersededClaims(figures: readonly FigureGroup[]): SourceRef[] {
  const stale: FigureClaim[] = [];
  for (const group of figures) {
    if (group.status !== 'update') continue;
    const dated = group.claims.filter((c) => c.date !== null);
    const latest = dated.reduce((best, c) => (c.date! > best ? c.date! : best), '');
    const current = new Set(dated.filter((c) => c.date === latest).map(valueOf));
    for (const c of dated) if (c.date! < latest && !current.has(valueOf(c))) stale.push(c);
  }
  const restated = (c: FigureClaim): boolean =>
    stale.some((s) => s.report === c.report && valueOf(s) === valueOf(c) && s.counted.nounClass === c.counted.nounClass && s.counted.kind === c.counted.kind);
  const spans = new Map<string, SourceRef>();
  for (const c of figures.flatMap((g) => g.claims)) {
    if (stale.includes(c) || restated(c)) spans.set(`${c.report}:${c.start}`, { report: c.report, start: c.start, end: c.end });
  }
  return [...spans.values()];
}
