/** @module One figure group as a small SVG chart: value against date, one mark per source; an update reads as a rising line, a conflict as a spread. Only drawn when the claims have dates to place. */
import type { Claim, FigureGroup } from './api.js';
import { svg } from './dom.js';
import type { ReportLabel } from './report-label.js';

const WIDTH = 260;
const HEIGHT = 110;
const PAD = { left: 44, right: 10, top: 10, bottom: 22 };

/** The claim's value, or the middle of its range ("between 10,000 and 13,000"). */
function pointOf(claim: Claim): number | null {
  if (claim.value !== null) return claim.value;
  if (claim.low !== null && claim.high !== null) return (claim.low + claim.high) / 2;
  return claim.low ?? claim.high;
}

function compact(n: number): string {
  return new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** The spread of a conflict: a band from the lowest to the highest value across the plot. */
function conflictBand(values: readonly number[], y: (v: number) => number, plotW: number): SVGElement {
  const top = y(Math.max(...values));
  const bottom = y(Math.min(...values));
  return svg('rect', { class: 'spread', x: PAD.left, y: top, width: plotW, height: Math.max(1, bottom - top) });
}

/** The day a claim is placed at: its own date, else its report's publication date (never the arrival time). */
function dayOf(claim: Claim, labels: ReadonlyMap<string, ReportLabel>): number | null {
  const label = labels.get(claim.report);
  const iso = claim.date ?? (label !== undefined && label.dateOrigin !== 'arrival' ? label.date : null);
  const ms = iso === null ? Number.NaN : Date.parse(iso.slice(0, 10));
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The chart of a group, or null when it would say nothing a table does not: fewer than two claims
 * with distinct dates (undated claims all stacked at one x were the old chart's failure).
 */
export function figureChart(group: FigureGroup, labels: ReadonlyMap<string, ReportLabel> = new Map()): SVGElement | null {
  const all = group.claims.filter((c) => pointOf(c) !== null && dayOf(c, labels) !== null);
  if (new Set(all.map((c) => dayOf(c, labels))).size < 2) return null;
  const claims = all;
  const days = claims.map((c) => dayOf(c, labels));
  const known = days.filter((d): d is number => d !== null);
  const minDay = Math.min(...known);
  const maxDay = Math.max(...known);
  const values = claims.flatMap((c) => [pointOf(c)!, c.low ?? pointOf(c)!, c.high ?? pointOf(c)!]);
  const minValue = Math.min(0, ...values);
  const maxValue = Math.max(...values) || 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  // Undated claims, or a single date, sit in the middle; dates spread across the width.
  const x = (i: number): number => {
    const d = days[i];
    if (d === null || d === undefined || Number.isNaN(d) || maxDay === minDay) return PAD.left + plotW / 2;
    return PAD.left + ((d - minDay) / (maxDay - minDay)) * plotW;
  };
  const y = (v: number): number => PAD.top + plotH - ((v - minValue) / (maxValue - minValue)) * plotH;
  const marks = claims.map((c, i) => ({ c, cx: x(i), cy: y(pointOf(c)!) }));
  const ordered = [...marks].sort((a, b) => a.cx - b.cx);
  const label = (d: number): string => new Date(d).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return svg(
    'svg',
    { class: `chart ${group.status}`, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-label': `${group.what}: ${group.status}` },
    svg('line', { class: 'axis', x1: PAD.left, y1: PAD.top + plotH, x2: WIDTH - PAD.right, y2: PAD.top + plotH }),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(maxValue) + 4, 'text-anchor': 'end' }, compact(maxValue)),
    svg('text', { class: 'tick', x: PAD.left - 4, y: y(minValue) + 4, 'text-anchor': 'end' }, compact(minValue)),
    known.length > 0 ? svg('text', { class: 'tick', x: PAD.left, y: HEIGHT - 6, 'text-anchor': 'start' }, label(minDay)) : null,
    known.length > 0 && maxDay !== minDay ? svg('text', { class: 'tick', x: WIDTH - PAD.right, y: HEIGHT - 6, 'text-anchor': 'end' }, label(maxDay)) : null,
    group.status === 'update' && ordered.length > 1 ? svg('polyline', { class: 'trend', points: ordered.map((m) => `${m.cx},${m.cy}`).join(' ') }) : null,
    group.status === 'conflict' ? conflictBand(marks.map((m) => pointOf(m.c)!), y, plotW) : null,
    ...marks.flatMap(({ c, cx, cy }) => [
      c.low !== null && c.high !== null ? svg('line', { class: 'range', x1: cx, x2: cx, y1: y(c.low), y2: y(c.high) }) : null,
      svg('circle', { class: 'mark', cx, cy, r: 4 }, svg('title', {}, `${c.source}: ${c.text}${c.date === null ? '' : ` (${c.date})`}`)),
    ]),
  );
}
