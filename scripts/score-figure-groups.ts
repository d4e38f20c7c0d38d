/**
 * @module Scores the figure groups of a brief against the project's own gold (test/fixtures/figures-gold/*.json):
 * what GVA cannot show (conflicts, updates, per-place tolls, non-casualty measures) on DUC clusters.
 *
 * A gold group is a measure ("killed"), a counted class ("people"), the places it may be printed under (null: no
 * place, for a story-wide or combined figure) and its claims as (report, value). A system group matches a gold group
 * when its measure is the gold's, its place is one the gold allows, and at least half of each side's claims are the
 * other's (a claim is the same when it is in the same report with the same stated value, bounds included). Reported:
 * - group recall: gold groups matched (all, and those of two or more claims);
 * - group precision: system groups matched, among the system groups holding at least one gold claim (groups of
 *   figures the gold does not annotate cannot be judged);
 * - status accuracy: matched pairs with the gold's status (single / agree / update / conflict);
 * - junk labels: system groups whose label names a place the gold's list of the story's places does not hold, or
 *   counts "territory" with no share (a capitalised word read as a place).
 * Prints one line per cluster and totals for the blind and the non-blind parts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReports } from '../src/analyze/index.js';
import type { FigureClaim, FigureGroup } from '../src/analyze/types.js';
import { parseDataset, reportsFromCluster } from '../src/ingest/dataset.js';
import { parseScriptArgs } from './lib/script-args.js';
import { SHARED_DATA_DIR } from './lib/shared-paths.js';

interface GoldClaim {
  readonly report: string;
  readonly value: number;
}
interface GoldGroup {
  readonly measure: string;
  readonly counted: string;
  readonly place: readonly (string | null)[];
  readonly status: string;
  readonly claims: readonly GoldClaim[];
}
interface Gold {
  readonly cluster: string;
  readonly dataset: string;
  readonly blind: boolean;
  readonly places: readonly string[];
  readonly groups: readonly GoldGroup[];
}

const args = parseScriptArgs(
  `usage: node dist/scripts/score-figure-groups.js [GOLD_DIR] [--verbose]\n  Figure groups against the project's gold (default test/fixtures/figures-gold).`,
  { options: { verbose: { type: 'boolean' } }, allowPositionals: true },
);
const dir = (args.positionals as string[])[0] ?? join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'figures-gold');
const verbose = args.values.verbose === true;

const MEASURE_ALIASES: Readonly<Record<string, string>> = { wounded: 'injured', hospitalized: 'injured' };
const measureName = (m: string): string => MEASURE_ALIASES[m] ?? m;
/** A place for matching: no article, compass point or part word ("central Iloilo province" is "iloilo"). */
const norm = (p: string): string =>
  p.toLowerCase().replace(/^(?:the\s+)?(?:(?:(?:north|south)?(?:east|west)?(?:ern)?|north(?:ern)?|south(?:ern)?|central)\s+)?/, '').replace(/\s+(?:province|governorate|region|city|island|district|county|state)$/, '').replace(/\./g, '').trim();

function stated(c: FigureClaim): number | null {
  return c.value ?? c.low ?? c.high;
}
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(b), 1);
}

/** The group's place: the most frequent place among its claims, or null when none has one. */
function groupPlace(g: FigureGroup): string | null {
  const counts = new Map<string, number>();
  for (const c of g.claims) if (c.counted.place !== null) counts.set(c.counted.place, (counts.get(c.counted.place) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of counts) if (best === null || n > counts.get(best)!) best = p;
  return best;
}

/** How many of `gold`'s claims `sys` holds, each system claim used once. */
function overlap(sys: FigureGroup, gold: GoldGroup, cluster: string): number {
  const used = new Set<number>();
  let n = 0;
  for (const gc of gold.claims) {
    const k = sys.claims.findIndex((c, i) => !used.has(i) && c.report === `${cluster}${gc.report}` && stated(c) !== null && sameValue(stated(c)!, gc.value));
    if (k >= 0) {
      used.add(k);
      n += 1;
    }
  }
  return n;
}

function holdsGoldClaim(sys: FigureGroup, gold: Gold): boolean {
  return gold.groups.some((g) => g.measure === measureName(sys.claims[0]!.counted.measure) && overlap(sys, g, gold.cluster) > 0);
}

function placeAllowed(place: string | null, allowed: readonly (string | null)[]): boolean {
  return allowed.some((a) => (a === null ? place === null : place !== null && norm(a) === norm(place)));
}

function isJunkLabel(g: FigureGroup, gold: Gold): boolean {
  const c = g.claims[0]!.counted;
  if (c.kind !== 'share' && c.noun === 'territory') return true;
  const places = new Set(g.claims.map((x) => x.counted.place).filter((p): p is string => p !== null));
  const known = new Set(gold.places.map(norm));
  return [...places].some((p) => !known.has(norm(p)));
}

interface Tally {
  gold: number;
  goldMulti: number;
  recalled: number;
  recalledMulti: number;
  judged: number;
  precise: number;
  statusRight: number;
  matched: number;
  junk: number;
  groups: number;
}
const empty = (): Tally => ({ gold: 0, goldMulti: 0, recalled: 0, recalledMulti: 0, judged: 0, precise: 0, statusRight: 0, matched: 0, junk: 0, groups: 0 });
const add = (a: Tally, b: Tally): void => {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
};

const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const golds = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
const datasets = new Map<string, ReturnType<typeof parseDataset>>();
const totals = { blind: empty(), seen: empty() };
const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));

for (const gold of golds) {
  if (!datasets.has(gold.dataset)) {
    const path = join(SHARED_DATA_DIR, gold.dataset);
    datasets.set(gold.dataset, parseDataset(readFileSync(path, 'utf8'), path));
  }
  const cluster = datasets.get(gold.dataset)!.find((c) => c.id === gold.cluster);
  if (cluster === undefined) throw new Error(`${gold.cluster} not in ${gold.dataset}`);
  const groups = analyzeReports(reportsFromCluster(cluster)).figures;
  const t = empty();
  t.groups = groups.length;
  const matchedSys = new Set<FigureGroup>();
  for (const g of gold.groups) {
    t.gold += 1;
    if (g.claims.length > 1) t.goldMulti += 1;
    const candidates = groups
      .filter((s) => measureName(s.claims[0]!.counted.measure) === g.measure && placeAllowed(groupPlace(s), g.place))
      .map((s) => ({ s, n: overlap(s, g, gold.cluster) }))
      .filter(({ s, n }) => n * 2 >= s.claims.length && n * 2 >= g.claims.length && n > 0)
      .sort((a, b) => b.n - a.n);
    const best = candidates[0]?.s;
    if (best !== undefined) {
      t.recalled += 1;
      if (g.claims.length > 1) t.recalledMulti += 1;
      t.matched += 1;
      if (best.status === g.status) t.statusRight += 1;
      matchedSys.add(best);
    }
    if (verbose) {
      const shown = best === undefined ? 'MISSED' : `${best.what} [${best.status}] ${best.claims.map((c) => `${c.report.split('#')[1]}:${stated(c)}`).join(' ')}`;
      process.stdout.write(`  ${g.measure} ${g.place.join('|')} ${g.status} (${g.claims.map((c) => c.value).join(',')}) -> ${shown}\n`);
    }
  }
  for (const s of groups) {
    if (isJunkLabel(s, gold)) {
      t.junk += 1;
      if (verbose) process.stdout.write(`  junk label: ${s.what}\n`);
    }
    if (!holdsGoldClaim(s, gold)) continue;
    t.judged += 1;
    if (matchedSys.has(s)) t.precise += 1;
    else if (verbose) process.stdout.write(`  unmatched: ${s.what} [${s.status}] ${s.claims.map((c) => `${c.report.split('#')[1]}:${stated(c)}`).join(' ')}\n`);
  }
  add(gold.blind ? totals.blind : totals.seen, t);
  process.stdout.write(
    `${gold.cluster.padEnd(18)} ${gold.blind ? 'blind' : 'seen '}  recall ${ratio(t.recalled, t.gold)} (multi ${ratio(t.recalledMulti, t.goldMulti)})  precision ${ratio(t.precise, t.judged)}  status ${ratio(t.statusRight, t.matched)}  junk labels ${t.junk}/${t.groups}\n`,
  );
}
for (const [name, t] of Object.entries(totals)) {
  process.stdout.write(
    `${`total ${name}`.padEnd(18)}        recall ${ratio(t.recalled, t.gold)} (multi ${ratio(t.recalledMulti, t.goldMulti)})  precision ${ratio(t.precise, t.judged)}  status ${ratio(t.statusRight, t.matched)}  junk labels ${t.junk}/${t.groups}  (${t.gold} gold groups)\n`,
  );
}
