/** @module Groups figure claims that count the same thing across reports and classifies each group. */
import type { CountedThing, FigureClaim, FigureGroup } from '../types.js';
import { classifyGroup, statesSameValue } from './classify-group.js';
import { describeCounted } from './describe-counted.js';
import { isPlaceCompatible } from './find-place.js';

/** Casualty events of one incident are reported for the same places: Nairobi's dead and Nairobi's injured. */
const CASUALTY = new Set(['killed', 'wounded', 'hospitalized', 'injured', 'shot', 'missing']);

/** The measure a claim's place is judged within: a count of casualties, a share captured. */
function scopeKey(c: CountedThing): string {
  return `${c.kind}|${CASUALTY.has(c.event) ? 'casualties' : c.event}`;
}

/**
 * The measures for which the story gives figures in two or more places that cannot be one area (Nairobi and Dar es
 * Salaam). There a figure with no place is a combined toll or one of unknown scope, and joins no single place's group.
 */
function multiPlaceMeasures(claims: readonly FigureClaim[]): Set<string> {
  const places = new Map<string, Set<string>>();
  for (const c of claims) {
    // "20 people died in Boraas in 1978": a figure dated in another year is another event, and makes no second place.
    if (c.counted.place === null || /^(?:on|since):\d{4}/.test(c.counted.timeKey ?? '')) continue;
    const key = scopeKey(c.counted);
    if (!places.has(key)) places.set(key, new Set());
    places.get(key)!.add(c.counted.place);
  }
  const out = new Set<string>();
  for (const [key, set] of places) {
    const list = [...set];
    if (list.some((p, i) => list.slice(i + 1).some((q) => !isPlaceCompatible(p, q)))) out.add(key);
  }
  return out;
}

const MONTHS: Readonly<Record<string, string>> = { jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december' };
/** Days named relative to the report ("Friday", "last week"): in undated reports they may be different days. */
const RELATIVE_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|last|this|next|past|week|weekend|morning|evening|night|earlier|later)\b/i;

/**
 * The time key claims are matched by. A calendar day or a feast the report could not place in a year ("on Aug. 7",
 * "on August 7", "on Halloween") names the same day in every report of one story, so it is matched across reports;
 * days named relative to an undated report ("on Friday") stay that report's.
 */
function timeKeyOf(c: CountedThing): string | null {
  const key = c.timeKey;
  const m = key === null ? null : /^(on|since):(.+)@report .+$/.exec(key);
  if (m === null || RELATIVE_DAY.test(m[2]!)) return key;
  const text = m[2]!.toLowerCase().replace(/^(?:on|since)\s+/, '').replace(/\b([a-z]{3,4})\.?(?=\s|$)/g, (w, k: string) => MONTHS[k] ?? w).replace(/\s+/g, ' ').trim();
  return `${m[1]}:${text}`;
}

function isSameThing(a: FigureClaim, b: FigureClaim, multiPlace: ReadonlySet<string>): boolean {
  const x = a.counted;
  const y = b.counted;
  if (x.kind !== y.kind || x.noun !== y.noun || x.event !== y.event) return false;
  // "120 people in Stockholm" and "40 people in Stockholm" with no verb of their own count different crowds:
  // without a measure two counts of a noun do not state one figure, so they are never a group (nor a conflict).
  if (x.event === '') return false;
  if (!isPlaceCompatible(x.place, y.place)) return false;
  if (multiPlace.has(scopeKey(x))) {
    if ((x.place === null) !== (y.place === null)) return false;
    // Two figures of unknown scope ("a bombing that left 250 people dead", "the bomb killed 11") may be one toll told
    // twice, but never two tolls in conflict: they join only when they state one value.
    if (x.place === null && !statesSameValue([a, b])) return false;
  }
  const xt = timeKeyOf(x);
  const yt = timeKeyOf(y);
  if (xt === yt) return true;
  // A figure with no time of its own can only be matched to a timed one from the same report.
  return (xt === null || yt === null) && a.report === b.report;
}

/** The most specific description among the group's claims: the one with a place and a time, if any. */
function groupCounted(claims: readonly FigureClaim[]): CountedThing {
  const score = (c: CountedThing): number => (c.place !== null ? 2 : 0) + (c.time !== null ? 1 : 0) + (c.place?.includes(' ') ? 1 : 0);
  return claims.map((c) => c.counted).reduce((best, c) => (score(c) > score(best) ? c : best));
}

const STATUS_ORDER = { conflict: 0, update: 1, agree: 2, single: 3 } as const;

/**
 * Groups claims greedily in text order: a claim joins the first group whose every member counts the
 * same thing (same kind, noun and event, an event there must be; places that can be the same, and no place only
 * where the story gives the measure for one area; the same time). Groups with
 * several claims come first (conflicts, then updates, then agreements), then single claims in text order.
 */
export function groupFigures(claims: readonly FigureClaim[]): FigureGroup[] {
  const groups: FigureClaim[][] = [];
  const multiPlace = multiPlaceMeasures(claims);
  for (const claim of claims) {
    const group = groups.find((g) => g.every((member) => isSameThing(member, claim, multiPlace)));
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
