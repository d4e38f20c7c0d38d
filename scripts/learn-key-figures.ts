/**
 * @module Fits the key-figure ranker (src/analyze/figures/rank-key-figure.ts): for each GVA incident and measure
 * (killed, injured), the candidates of key-figure-candidates.ts, and a conditional logit (softmax over an
 * incident's candidates, plain gradient descent, L2) on candidate == gold. Prints the oracle (gold among the
 * candidates), in-sample and 5-fold cross-validated accuracy by incident; with --write, the weights fitted on
 * the whole file go to src/analyze/figures/key-figure-model.json. `--drop a,b` leaves features out; `--ablate`
 * prints the CV accuracy with each feature left out; `--cache F` keeps the extraction between runs; `--boost N`
 * cross-validates gradient-boosted stumps on the same loss (with --write the stumps are shipped and rank-key-figure.ts uses them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../src/analyze/figures/index.js';
import { CANDIDATE_FEATURES, findCandidates, type CandidateFeature, type KeyFigureCandidate } from '../src/analyze/figures/key-figure-candidates.js';
import { findReportDates } from '../src/analyze/timeline/index.js';
import type { FigureClaim } from '../src/analyze/types.js';
import { findDateline } from '../src/text/dateline.js';
import { parseDataset, reportsFromCluster } from '../src/ingest/dataset.js';
import { parseScriptArgs } from './lib/script-args.js';
import { SHARED_DATA_DIR } from './lib/shared-paths.js';

const args = parseScriptArgs(`usage: node dist/scripts/learn-key-figures.js [FILE] [--write] [--drop f1,f2] [--ablate] [--cache F]\n  Fits and cross-validates the key-figure ranker on a GVA-shaped file (default shared/data/gva-dev.jsonl).`, {
  options: { boost: { type: 'string' }, cache: { type: 'string' }, crosses: { type: 'boolean' }, write: { type: 'boolean' }, drop: { type: 'string' }, ablate: { type: 'boolean' }, dump: { type: 'string' }, steps: { type: 'string' }, l2: { type: 'string' } },
  allowPositionals: true,
});
const file = (args.positionals as string[])[0] ?? join(SHARED_DATA_DIR, 'gva-dev.jsonl');
const MEASURES = ['killed', 'injured'] as const;
/** 5 folds by incident order (the file's incidents were chosen by hash, so order carries no signal). */
const FOLDS = 5;
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
for (const [i, ex] of extracted.entries()) {
  const claims = ex.claims;
  const texts = new Map(ex.texts);
  const titles = new Map(ex.titles);
  for (const m of MEASURES) {
    const cs: KeyFigureCandidate[] = findCandidates(m, claims, texts, titles);
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
    const w = fit(items.filter((_, i) => i % FOLDS !== f), mask);
    for (const [i, it] of items.entries()) if (i % FOLDS === f) cvPicks.set(it, pick(it, w));
    right += items.filter((it, i) => i % FOLDS === f && pick(it, w) === it.gold).length;
  }
  return right / items.length;
}
const dumpRows: string[] = [];

/**
 * With --boost N: N rounds of gradient-boosted stumps on the same conditional-logit
 * loss (each round a one-feature threshold split of the candidates, a Newton step per side, shrinkage 0.1).
 */
interface Stump { j: number; t: number; left: number; right: number }
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
    let best: Stump & { gain: number } = { j: 0, t: 0, left: 0, right: 0, gain: -1 };
    for (let j = 0; j < FEATURES.length; j++) {
      if (boostSkips.has(FEATURES[j]!)) continue;
      for (const t of thresholds[j]!) {
        let gl = 0, hl = 0, gr = 0, hr = 0;
        for (let r = 0; r < rows.length; r++) { if (rows[r]!.x[j]! <= t) { gl += g[r]!; hl += h[r]!; } else { gr += g[r]!; hr += h[r]!; } }
        const gain = (gl * gl) / (hl + 1) + (gr * gr) / (hr + 1);
        if (gain > best.gain) best = { j, t, left: gl / (hl + 1), right: gr / (hr + 1), gain };
      }
    }
    const st = { j: best.j, t: best.t, left: 0.1 * best.left, right: 0.1 * best.right };
    stumps.push(st);
    for (let r = 0; r < rows.length; r++) score[r]! += rows[r]!.x[st.j]! <= st.t ? st.left : st.right;
  }
  return stumps;
}
function pickBoost(it: Item, stumps: readonly Stump[]): number {
  const s = it.x.map((x) => stumps.reduce((a, st) => a + (x[st.j]! <= st.t ? st.left : st.right), 0));
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]! + 1e-12 || (Math.abs(s[k]! - s[best]!) <= 1e-12 && it.values[k]! > it.values[best]!)) best = k;
  return it.values[best] ?? 0;
}
const boosted: Record<string, { stumps: (readonly [string, number, number, number])[]; inSample: number; cv5: number }> = {};
if (args.values.boost !== undefined) {
  const rounds = Number(args.values.boost);
  for (const m of MEASURES) {
    const items = data.get(m)!;
    const all = fitBoost(items, rounds);
    let right = 0;
    for (let f = 0; f < FOLDS; f++) {
      const st = fitBoost(items.filter((_, i) => i % FOLDS !== f), rounds);
      right += items.filter((it, i) => i % FOLDS === f && pickBoost(it, st) === it.gold).length;
    }
    const inSample = items.filter((it) => pickBoost(it, all) === it.gold).length / items.length;
    process.stdout.write(`${m.padEnd(8)} boosted stumps (${rounds} rounds)  in-sample ${inSample.toFixed(3)}  5-fold CV ${(right / items.length).toFixed(3)}\n`);
    boosted[m] = { stumps: all.map((st) => [FEATURES[st.j]!, st.t, Number(st.left.toFixed(5)), Number(st.right.toFixed(5))] as const), inSample: Number(inSample.toFixed(3)), cv5: Number((right / items.length).toFixed(3)) };
  }
}

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
  if (args.values.dump !== undefined) for (const it of items) dumpRows.push(JSON.stringify({ id: it.id, measure: m, gold: it.gold, cv: cvPicks.get(it), inSample: pick(it, w), ...(it.info as object) }));
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
  const model = { fittedOn: 'gva-dev.jsonl (500 incidents)', by: 'scripts/learn-key-figures.ts', dropped: [...dropped], accuracy: summary, weights, boostRounds: args.values.boost === undefined ? undefined : Number(args.values.boost), boostedAccuracy };
  // One stump a line keeps the file short and its diffs readable.
  const body = JSON.stringify(model, null, 2).replace(/\n}$/, stumps === undefined ? '\n}' : `,\n  "stumps": {\n${Object.entries(stumps).map(([m, ss]) => `    ${JSON.stringify(m)}: [\n${ss.map((st) => `      ${JSON.stringify(st)}`).join(',\n')}\n    ]`).join(',\n')}\n  }\n}`);
  writeFileSync(out, `${body}\n`);
  process.stdout.write(`wrote ${out}\n`);
}
