/** @module Groups figure claims that count the same thing across reports and classifies each group. */
import type { CountedThing, FigureClaim, FigureGroup } from '../types.js';
import { classifyGroup } from './classify-group.js';
import { describeCounted } from './describe-counted.js';
import { isPlaceCompatible } from './find-place.js';

function isSameThing(a: FigureClaim, b: FigureClaim): boolean {
  const x = a.counted;
  const y = b.counted;
  if (x.kind !== y.kind || x.noun !== y.noun || x.event !== y.event) return false;
  // "120 people in Stockholm" and "40 people in Stockholm" with no verb of their own count different crowds:
  // without a measure two counts of a noun do not state one figure, so they are never a group (nor a conflict).
  if (x.event === '') return false;
  if (!isPlaceCompatible(x.place, y.place)) return false;
  if (x.timeKey === y.timeKey) return true;
  // A figure with no time of its own can only be matched to a timed one from the same report.
  return (x.timeKey === null || y.timeKey === null) && a.report === b.report;
}

/** The most specific description among the group's claims: the one with a place and a time, if any. */
function groupCounted(claims: readonly FigureClaim[]): CountedThing {
  const score = (c: CountedThing): number => (c.place !== null ? 2 : 0) + (c.time !== null ? 1 : 0) + (c.place?.includes(' ') ? 1 : 0);
  return claims.map((c) => c.counted).reduce((best, c) => (score(c) > score(best) ? c : best));
}

const STATUS_ORDER = { conflict: 0, update: 1, agree: 2, single: 3 } as const;

/**
 * Groups claims greedily in text order: a claim joins the first group whose every member counts the
 * same thing (same kind, noun and event, an event there must be; places that can be the same; the same time). Groups with
 * several claims come first (conflicts, then updates, then agreements), then single claims in text order.
 */
export function groupFigures(claims: readonly FigureClaim[]): FigureGroup[] {
  const groups: FigureClaim[][] = [];
  for (const claim of claims) {
    const group = groups.find((g) => g.every((member) => isSameThing(member, claim)));
    if (group !== undefined) group.push(claim);
    else groups.push([claim]);
  }
  const out = groups.map((g, index) => {
    const c = classifyGroup(g);
    return { index, size: g.length, group: { what: describeCounted(groupCounted(g)), status: c.status, reason: c.reason, claims: c.claims } };
  });
  out.sort(
    (a, b) =>
      Number(b.size > 1) - Number(a.size > 1) ||
      (a.size > 1 ? STATUS_ORDER[a.group.status] - STATUS_ORDER[b.group.status] || b.size - a.size : 0) ||
      a.index - b.index,
  );
  return out.map((o) => o.group);
}
