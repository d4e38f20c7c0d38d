/**
 * @module Fits the key-figure ranker (src/analyze/figures/rank-key-figure.ts): for each GVA incident and measure
 * (killed, injured), the candidates of key-figure-candidates.ts, and a conditional logit (softmax over an
 * incident's candidates, plain gradient descent, L2) on candidate == gold. Prints the oracle (gold among the
 * candidates), in-sample and 5-fold cross-validated accuracy by incident; with --write, the weights fitted on
 * the whole file go to src/analyze/figures/key-figure-model.json. `--drop a,b` leaves features out; `--ablate`
 * prints the CV accuracy with each feature left out; `--cache F` keeps the extraction between runs; `--boost N`
 * cross-validates N gradient-boosted trees (`--depth`, 1 = stumps) on the same loss (with --write they are shipped and
 * rank-key-figure.ts uses them). With --boost the injured candidates take "shot minus killed" from the killed
 * trees' out-of-fold picks, as the shipped ranker takes it from its own killed pick; `--fold-seed N` reshuffles the folds.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../src/analyze/figures/index.js';
import { CANDIDATE_FEATURES, findCandidates, type CandidateFeature, type KeyFigureCandidate } from '../src/analyze/figures/key-figure-candidates.js';
import { findReportDates } from '../src/analyze/timeline/index.js';
import type { FigureClaim } from '../src/analyze/types.js';
import { findDateline } from '../src/text/dateline.js';
import { parseDataset, reportsFromCluster } from '../src/ingest/dataset.js';
import { failUsage, parseScriptArgs } from './lib/script-args.js';
import { SHARED_DATA_DIR } from './lib/shared-paths.js';

const args = parseScriptArgs(`usage: node dist/scripts/learn-key-figures.js [FILE] [--boost N [--depth 1|2]] [--write] [--drop f1,f2] [--ablate] [--cache F]
    [--fold-seed N] [--killed-from cv|gold|mode] [--dump F]
  Fits and cross-validates the key-figure ranker on a GVA-shaped file (default shared/data/gva-dev.jsonl).
  The shipped model: --boost 100 --depth 2 --drop v0,v1,v2,v3to4,v5plus --write`, {
  options: { boost: { type: 'string' }, depth: { type: 'string' }, 'killed-from': { type: 'string' }, 'fold-seed': { type: 'string' }, cache: { type: 'string' }, crosses: { type: 'boolean' }, write: { type: 'boolean' }, drop: { type: 'string' }, ablate: { type: 'boolean' }, dump: { type: 'string' }, steps: { type: 'string' }, l2: { type: 'string' } },
  allowPositionals: true,
});
const file = (args.positionals as string[])[0] ?? join(SHARED_DATA_DIR, 'gva-dev.jsonl');
const MEASURES = ['killed', 'injured'] as const;
/** 5 folds by incident order (the file's incidents were chosen by hash, so order carries no signal). */
const FOLDS = 5;
/** `--fold-seed N` (default 0: incident order) reassigns the folds by a seeded hash, to see how much the CV figure moves with the split. */
const FOLD_SEED = Number(args.values['fold-seed'] ?? 0);
function foldOf(i: number): number {
  if (FOLD_SEED === 0) return i % FOLDS;
  let h = (i + 1) * 2654435761 ^ FOLD_SEED * 40503;
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return ((h ^ (h >>> 16)) >>> 0) % FOLDS;
}
/** L2 penalty and steps: 0.01 and 400 steps of 0.5 converge on dev (the loss changes < 1e-4 over the last 100). */
const L2 = Number(args.values.l2 ?? 0.01);
const STEPS = Number(args.values.steps ?? 400);
const RATE = 0.5;

/** With --crosses: every product of two features as well (an experiment on interactions; not shipped). */
const base = CANDIDATE_FEATURES.map((f) => f as string);
const FEATURES: string[] = args.values.crosses === true ? [...base, ...base.flatMap((a, i) => base.slice(i + 1).map((b) => `${a}*${b}`))] : base;
function expand(x: readonly number[]): number[] {
  if (args.values.crosses !== true) return [...x];
  const out = [...x];
  for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) out.push(x[i]! * x[j]!);
  return out;
}
interface Item { readonly values: readonly number[]; readonly x: readonly (readonly number[])[]; readonly gold: number; readonly id: string; readonly info: unknown }

const text = readFileSync(file, 'utf8');
const gold = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; killed: number; injured: number });
const data = new Map<string, Item[]>(MEASURES.map((m) => [m, []]));
/** One incident's extracted claims, texts and titles: what the candidates are made from. */
interface Extracted { readonly claims: FigureClaim[]; readonly texts: [string, string][]; readonly titles: [string, string | null][]; readonly titleLines: string[] }
function extract(): Extracted[] {
  return parseDataset(text, file).map((cluster) => {
    const reports = reportsFromCluster(cluster);
    const dates = findReportDates(reports);
    const anchor = dates.reduce<string | null>((b, d) => (d.date !== null && (b === null || d.date > b) ? d.date : b), null);
    const claims: FigureClaim[] = reports.flatMap((report, j) => extractClaims({ report, date: dates[j]!, storyAnchor: anchor, reportSource: report.source ?? findDateline(report.text)?.source ?? `report ${report.id}` }));
    return { claims, texts: reports.map((r) => [r.id, r.text]), titles: reports.map((r) => [r.id, r.title]), titleLines: reports.map((r, j) => `${dates[j]!.date ?? ''} ${r.title ?? ''}`) };
  });
}
// --cache F: the extraction (most of the run's time) is read from F when it exists, else written there; only
// valid while the claim extraction is unchanged (delete F after changing it).
const cachePath = args.values.cache;
const extracted: Extracted[] = cachePath !== undefined && existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, 'utf8')) as Extracted[]) : extract();
if (cachePath !== undefined && !existsSync(cachePath)) writeFileSync(cachePath, JSON.stringify(extracted));
/**
 * The items of one measure. The injured candidates derive "shot minus killed" from a killed value: with --boost,
 * the killed ranker's out-of-fold pick (what the shipped ranker does with its own killed pick; stacking), with
 * `--killed-from gold` the gold count (a ceiling), with `--killed-from mode` the killed claims' mode.
 */
function build(m: (typeof MEASURES)[number], killedOf: (i: number) => number | undefined): void {
  for (const [i, ex] of extracted.entries()) {
    const claims = ex.claims;
    const texts = new Map(ex.texts);
    const titles = new Map(ex.titles);
    const cs: KeyFigureCandidate[] = findCandidates(m, claims, texts, titles, m === 'injured' ? killedOf(i) : undefined);
    const info = args.values.dump === undefined ? null : {
      candidates: cs.map((c) => ({ value: c.value, kinds: [...c.kinds] })),
      claims: claims.filter((c) => ['killed', 'injured', 'shot'].includes(c.counted.measure)).map((c) => ({ m: c.counted.measure, v: c.value ?? c.low, text: c.text, cls: c.counted.nounClass, role: c.counted.role, report: c.report, date: c.date, sentence: texts.get(c.report)!.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').slice(0, 240) })),
      titles: ex.titleLines,
    };
    data.get(m)!.push({ values: cs.map((c) => c.value), x: cs.map((c) => expand(CANDIDATE_FEATURES.map((f) => c.features[f]))), gold: gold[i]![m], id: gold[i]!.id, info });
  }
}

function fit(items: readonly Item[], mask: readonly boolean[]): number[] {
  const w = FEATURES.map(() => 0);
  const train = items.filter((it) => it.values.includes(it.gold));
  for (let step = 0; step < STEPS; step++) {
    const g = w.map((wi, j) => (mask[j] ? L2 * wi : 0));
    for (const it of train) {
      const s = it.x.map((x) => x.reduce((a, v, j) => a + (mask[j] ? w[j]! * v : 0), 0));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      it.x.forEach((x, k) => {
        const p = e[k]! / z - Number(it.values[k] === it.gold);
        for (let j = 0; j < w.length; j++) if (mask[j]) g[j]! += (p * x[j]!) / train.length;
      });
    }
    for (let j = 0; j < w.length; j++) w[j]! -= RATE * g[j]!;
  }
  return w;
}

function pick(it: Item, w: readonly number[]): number {
  const s = it.x.map((x) => x.reduce((a, v, j) => a + w[j]! * v, 0));
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]! + 1e-12 || (Math.abs(s[k]! - s[best]!) <= 1e-12 && it.values[k]! > it.values[best]!)) best = k;
  return it.values[best] ?? 0;
}

const accuracy = (items: readonly Item[], w: readonly number[]): number => items.filter((it) => pick(it, w) === it.gold).length / items.length;

const cvPicks = new Map<Item, number>();
function crossValidated(items: readonly Item[], mask: readonly boolean[]): number {
  let right = 0;
  for (let f = 0; f < FOLDS; f++) {
    const w = fit(items.filter((_, i) => foldOf(i) !== f), mask);
    for (const [i, it] of items.entries()) if (foldOf(i) === f) cvPicks.set(it, pick(it, w));
    right += items.filter((it, i) => foldOf(i) === f && pick(it, w) === it.gold).length;
  }
  return right / items.length;
}
const dumpRows: string[] = [];

/**
 * With --boost N: N rounds of gradient-boosted stumps on the same conditional-logit
 * loss (each round a one-feature threshold split of the candidates, a Newton step per side, shrinkage 0.1).
 */
interface Stump { j: number; t: number; left: number; right: number; leftSplit?: Stump; rightSplit?: Stump }
const DEPTH = Number(args.values.depth ?? 1);
if (DEPTH !== 1 && DEPTH !== 2) failUsage(`--depth ${args.values.depth}: expected 1 (stumps) or 2`);
/** A tree as shipped: `[feature, threshold, below, above]`, where a side is a leaf value or a tree of its own. */
type ShippedTree = readonly [string, number, number | ShippedTree, number | ShippedTree];
function treeOf(st: Stump): ShippedTree {
  return [FEATURES[st.j]!, st.t, st.leftSplit !== undefined ? treeOf(st.leftSplit) : Number(st.left.toFixed(5)), st.rightSplit !== undefined ? treeOf(st.rightSplit) : Number(st.right.toFixed(5))];
}
function leaf(st: Stump, x: readonly number[]): number {
  if (x[st.j]! <= st.t) return st.leftSplit !== undefined ? leaf(st.leftSplit, x) : st.left;
  return st.rightSplit !== undefined ? leaf(st.rightSplit, x) : st.right;
}
/** `--drop` applies to the stumps too. */
const boostSkips = new Set((args.values.drop ?? '').split(',').filter((f) => f !== ''));
function fitBoost(items: readonly Item[], rounds: number): Stump[] {
  const train = items.filter((it) => it.values.includes(it.gold));
  const rows = train.flatMap((it) => it.x.map((x, k) => ({ x, it, k })));
  const score = new Float64Array(rows.length);
  const thresholds = FEATURES.map((_, j) => [...new Set(rows.map((r) => r.x[j]!))].sort((a, b) => a - b).filter((_, i, a) => a.length <= 12 || i % Math.ceil(a.length / 12) === 0));
  const stumps: Stump[] = [];
  for (let round = 0; round < rounds; round++) {
    const g = new Float64Array(rows.length);
    const h = new Float64Array(rows.length);
    let at = 0;
    for (const it of train) {
      const n = it.x.length;
      const top = Math.max(...Array.from(score.subarray(at, at + n)));
      const e = Array.from(score.subarray(at, at + n), (v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      for (let k = 0; k < n; k++) { const p = e[k]! / z; g[at + k] = Number(it.values[k] === it.gold) - p; h[at + k] = Math.max(1e-6, p * (1 - p)); }
      at += n;
    }
    const all = rows.map((_, r) => r);
    const split = (idx: readonly number[]): { j: number; t: number; gain: number; gl: number; hl: number; gr: number; hr: number } => {
      let best = { j: 0, t: 0, gain: -1, gl: 0, hl: 0, gr: 0, hr: 0 };
      for (let j = 0; j < FEATURES.length; j++) {
        if (boostSkips.has(FEATURES[j]!)) continue;
        for (const t of thresholds[j]!) {
          let gl = 0, hl = 0, gr = 0, hr = 0;
          for (const r of idx) { if (rows[r]!.x[j]! <= t) { gl += g[r]!; hl += h[r]!; } else { gr += g[r]!; hr += h[r]!; } }
          const gain = (gl * gl) / (hl + 1) + (gr * gr) / (hr + 1);
          if (gain > best.gain) best = { j, t, gain, gl, hl, gr, hr };
        }
      }
      return best;
    };
    // A Newton step per side, shrunk by 0.1; a side of a depth-2 tree splits again where that gains over leaving it whole.
    const stumpOf = (b: ReturnType<typeof split>): Stump => ({ j: b.j, t: b.t, left: (0.1 * b.gl) / (b.hl + 1), right: (0.1 * b.gr) / (b.hr + 1) });
    const top = split(all);
    const st = stumpOf(top);
    if (DEPTH === 2) {
      for (const side of ['left', 'right'] as const) {
        const sub = split(all.filter((r) => (rows[r]!.x[top.j]! <= top.t) === (side === 'left')));
        const whole = side === 'left' ? (top.gl * top.gl) / (top.hl + 1) : (top.gr * top.gr) / (top.hr + 1);
        if (sub.gain > whole) st[side === 'left' ? 'leftSplit' : 'rightSplit'] = stumpOf(sub);
      }
    }
    stumps.push(st);
    for (let r = 0; r < rows.length; r++) score[r]! += leaf(st, rows[r]!.x);
  }
  return stumps;
}
function pickBoost(it: Item, stumps: readonly Stump[]): number {
  const s = it.x.map((x) => stumps.reduce((a, st) => a + leaf(st, x), 0));
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]! + 1e-12 || (Math.abs(s[k]! - s[best]!) <= 1e-12 && it.values[k]! > it.values[best]!)) best = k;
  return it.values[best] ?? 0;
}
const boosted: Record<string, { stumps: ShippedTree[]; inSample: number; cv5: number }> = {};
/** With --boost, --dump shows the stumps' picks (the shipped ranker), not the linear model's. */
const boostPicks = new Map<Item, { cv: number; inSample: number }>();
function boost(m: (typeof MEASURES)[number], rounds: number): void {
  const items = data.get(m)!;
  const all = fitBoost(items, rounds);
  let right = 0;
  for (let f = 0; f < FOLDS; f++) {
    const st = fitBoost(items.filter((_, i) => foldOf(i) !== f), rounds);
    right += items.filter((it, i) => foldOf(i) === f && pickBoost(it, st) === it.gold).length;
    for (const [i, it] of items.entries()) if (foldOf(i) === f) boostPicks.set(it, { cv: pickBoost(it, st), inSample: pickBoost(it, all) });
  }
  const inSample = items.filter((it) => pickBoost(it, all) === it.gold).length / items.length;
  process.stdout.write(`${m.padEnd(8)} boosted trees (${rounds} rounds, depth ${DEPTH})  in-sample ${inSample.toFixed(3)}  5-fold CV ${(right / items.length).toFixed(3)}\n`);
  boosted[m] = { stumps: all.map(treeOf), inSample: Number(inSample.toFixed(3)), cv5: Number((right / items.length).toFixed(3)) };
}
const killedFrom = args.values['killed-from'] ?? (args.values.boost !== undefined ? 'cv' : 'mode');
if (!['cv', 'gold', 'mode'].includes(killedFrom) || (killedFrom === 'cv' && args.values.boost === undefined)) failUsage(`--killed-from ${killedFrom}: expected gold, mode, or cv (with --boost)`);
build('killed', () => undefined);
if (args.values.boost !== undefined) boost('killed', Number(args.values.boost));
const killedItems = data.get('killed')!;
build('injured', (i) => (killedFrom === 'gold' ? gold[i]!.killed : killedFrom === 'cv' ? boostPicks.get(killedItems[i]!)!.cv : undefined));
if (args.values.boost !== undefined) boost('injured', Number(args.values.boost));

const dropped = new Set((args.values.drop ?? '').split(',').filter((s) => s !== ''));
const mask = FEATURES.map((f) => !f.split('*').some((p) => dropped.has(p)));
const weights: Record<string, Partial<Record<CandidateFeature, number>>> = {};
const summary: Record<string, { oracle: number; inSample: number; cv5: number }> = {};
for (const m of MEASURES) {
  const items = data.get(m)!;
  const w = fit(items, mask);
  const oracle = items.filter((it) => it.values.includes(it.gold)).length / items.length;
  summary[m] = { oracle: Number(oracle.toFixed(3)), inSample: Number(accuracy(items, w).toFixed(3)), cv5: Number(crossValidated(items, mask).toFixed(3)) };
  process.stdout.write(`${m.padEnd(8)} oracle ${oracle.toFixed(3)}  in-sample ${accuracy(items, w).toFixed(3)}  5-fold CV ${summary[m].cv5.toFixed(3)}  (${items.length} incidents)\n`);
  if (args.values.dump !== undefined) for (const it of items) dumpRows.push(JSON.stringify({ id: it.id, measure: m, gold: it.gold, ...(boostPicks.get(it) ?? { cv: cvPicks.get(it), inSample: pick(it, w) }), ...(it.info as object) }));
  weights[m] = Object.fromEntries(CANDIDATE_FEATURES.map((f, j) => [f, Number(w[j]!.toFixed(4))]).filter(([, v]) => v !== 0));
  if (args.values.ablate === true) {
    for (const [j, f] of CANDIDATE_FEATURES.entries()) {
      if (!mask[j]) continue;
      const cv = crossValidated(items, mask.map((on, k) => on && k !== j));
      process.stdout.write(`   without ${f.padEnd(15)} CV ${cv.toFixed(3)} (${cv >= summary[m].cv5 ? '+' : ''}${(cv - summary[m].cv5).toFixed(3)})\n`);
    }
  }
}
process.stdout.write(`${JSON.stringify(weights)}\n`);
if (args.values.dump !== undefined) writeFileSync(args.values.dump, `${dumpRows.join('\n')}\n`);
if (args.values.write === true) {
  const out = join(import.meta.dirname, '..', '..', 'src', 'analyze', 'figures', 'key-figure-model.json');
  // With --boost N the stumps are shipped (rank-key-figure.ts prefers them); the linear weights stay for comparison.
  const stumps = Object.keys(boosted).length === 0 ? undefined : Object.fromEntries(Object.entries(boosted).map(([m, b]) => [m, b.stumps]));
  const boostedAccuracy = Object.keys(boosted).length === 0 ? undefined : Object.fromEntries(Object.entries(boosted).map(([m, b]) => [m, { inSample: b.inSample, cv5: b.cv5 }]));
  const model = { fittedOn: 'gva-dev.jsonl (500 incidents)', by: 'scripts/learn-key-figures.ts', dropped: [...dropped], accuracy: summary, weights, boostRounds: args.values.boost === undefined ? undefined : Number(args.values.boost), treeDepth: args.values.boost === undefined ? undefined : DEPTH, injuredKilledFrom: killedFrom, boostedAccuracy };
  // One stump a line keeps the file short and its diffs readable.
  const body = JSON.stringify(model, null, 2).replace(/\n}$/, stumps === undefined ? '\n}' : `,\n  "stumps": {\n${Object.entries(stumps).map(([m, ss]) => `    ${JSON.stringify(m)}: [\n${ss.map((st) => `      ${JSON.stringify(st)}`).join(',\n')}\n    ]`).join(',\n')}\n  }\n}`);
  writeFileSync(out, `${body}\n`);
  process.stdout.write(`wrote ${out}\n`);
}
