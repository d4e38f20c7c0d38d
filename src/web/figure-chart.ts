/** @module One figure group as a small SVG chart: value against report date, one mark per source; an update reads as a rising line, a conflict as a spread. */
import type { Claim, FigureGroup } from './api.js';
import { svg } from './dom.js';

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

export function figureChart(group: FigureGroup): SVGElement | null {
  const claims = group.claims.filter((c) => pointOf(c) !== null);
  if (claims.length === 0) return null;
  const days = claims.map((c) => (c.date === null ? null : Date.parse(c.date)));
  const known = days.filter((d): d is number => d !== null && !Number.isNaN(d));
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
