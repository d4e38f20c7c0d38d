/** @module Experiment: fits a learned similarity (logistic regression over pair features) on Multi-News train clusters + DUC 2003 and scores online assignment with it against the centroid cosine on the tune and dev streams. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIdf } from '../src/stream/cluster/idf.js';
import { scoreBCubed } from '../src/stream/cluster/b-cubed.js';
import { buildStream, shuffle, STREAM_SEED, TUNE_CLUSTERS, TUNE_FILE } from './bench-cluster/streams.js';
import { fitLogistic, rocAuc } from './learn-cluster-similarity/fit-logistic.js';
import { PAIR_FEATURE_NAMES } from './learn-cluster-similarity/pair-features.js';
import { replay, type Policy, type ReplayItem } from './learn-cluster-similarity/replay.js';
import { createEmbedder, readEmbeddings } from './learn-cluster-similarity/term-embedding.js';
import { parseScriptArgs } from './lib/script-args.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..');
const DATA = join(ROOT, '..', 'shared', 'data');

const USAGE = `usage: node dist/scripts/learn-cluster-similarity.js [--clusters 3000] [--embeddings FILE] [--features NAME,...]
    [--rounds 0] [--thresholds 0.2,0.25,...] [--blend A]
  Fits a learned pair similarity on Multi-News train + DUC 2003 and scores online assignment with it
  against the centroid cosine on the tune and dev streams (an experiment; see docs/design-clustering.md).`;

const { values: args } = parseScriptArgs(USAGE, {
  options: {
    // 3,000 train clusters (~8,000 reports, ~3x the dev stream) give ~60,000 candidate pairs.
    clusters: { type: 'string', default: '3000' },
    // Written by learn-cluster-embeddings.js.
    embeddings: { type: 'string', default: join(ROOT, 'dist', 'learn-cluster', 'embeddings.json') },
    // Comma-separated feature names to fit (the others get weight 0), for ablations.
    features: { type: 'string' },
    // On-policy rounds after teacher forcing (DAgger, Ross et al. 2011): 0 was best (see the design note).
    rounds: { type: 'string', default: '0' },
    thresholds: { type: 'string', default: '0.2,0.25,0.3,0.35,0.4' },
    // Instead of fitting: score (1 - a) x cosine + a x LSA cosine, with --thresholds on that blend.
    blend: { type: 'string' },
  },
});
const used = PAIR_FEATURE_NAMES.map((name) => args.features === undefined || args.features.split(',').includes(name));

/** Pairs below this cosine are left out of the fit: easy negatives would dominate the likelihood. */
const MIN_COSINE = 0.05;

/** Cosine thresholds the centroid-cosine assigner is scored at, around the shipped 0.21. */
const COSINE_THRESHOLDS = [0.19, 0.21, 0.23];

function read(file: string): { id: string; documents: string[] }[] {
  return readFileSync(join(DATA, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; documents: string[] });
}

// Train clusters outside the tune stream's (the last TUNE_CLUSTERS), a fixed random sample of them,
// plus DUC 2003 so the model sees long wire stories too.
const train = read('multinews-train.jsonl');
const fitClusters = shuffle(train.slice(0, train.length - TUNE_CLUSTERS), STREAM_SEED).slice(0, Number(args.clusters));
const items: ReplayItem[] = shuffle(
  [...fitClusters, ...read('duc2003.jsonl')].flatMap((c) => c.documents.map((text) => ({ text, gold: c.id }))),
  STREAM_SEED + 1,
);
const idf = createIdf();
const embed = createEmbedder(readEmbeddings(args.embeddings));
const threshold = Number(args.thresholds.split(',')[0]);

const rows: number[][] = [];
const labels: number[] = [];
const collect = (policy: Policy): void => {
  const run = replay(items, policy, idf, embed, MIN_COSINE);
  rows.push(...run.rows);
  labels.push(...run.labels);
};
const blend = args.blend === undefined ? null : Number(args.blend);
if (blend === null) collect({ kind: 'teacher' });
let w = blend === null ? fitLogistic(rows, labels, used) : [1 - blend, blend, ...PAIR_FEATURE_NAMES.slice(2).map(() => 0), 0];
for (let round = 0; round < Number(args.rounds); round += 1) {
  collect({ kind: 'model', model: { weights: w.slice(0, -1), bias: w.at(-1) ?? 0 }, threshold });
  w = fitLogistic(rows, labels, used);
}
const model = { weights: w.slice(0, -1), bias: w.at(-1) ?? 0 };
const linear = (row: readonly number[]): number => row.reduce((s, v, j) => s + v * (model.weights[j] ?? 0), model.bias);
process.stdout.write(`${items.length} reports, ${rows.length} pairs (${labels.filter((y) => y === 1).length} same-story)\n`);
PAIR_FEATURE_NAMES.forEach((name, j) => process.stdout.write(`  ${name.padEnd(20)} ${(model.weights[j] ?? 0).toPrecision(4)}\n`));
process.stdout.write(`  bias                 ${model.bias.toPrecision(4)}\n`);
process.stdout.write(`pair AUC (in sample): cosine ${rocAuc(rows.map((r) => r[0] ?? 0), labels).toFixed(4)}, model ${rocAuc(rows.map(linear), labels).toFixed(4)}\n`);

// Online B-cubed: the tune stream (chosen on) and the dev mix (reported), cosine vs model.
for (const [name, files] of [
  ['tune', [TUNE_FILE, 'duc2003']],
  ['mixed', ['multinews-dev', 'duc2003', 'duc2004', 'duc2007']],
] as const) {
  const stream = buildStream(DATA, name, files);
  const gold = stream.items.map((i) => i.gold);
  const line = (label: string, policy: Policy): void => {
    const run = replay(stream.items, policy, idf, embed, 1);
    const s = scoreBCubed(run.stories, gold);
    process.stdout.write(`  ${name.padEnd(6)} ${label.padEnd(16)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}\n`);
  };
  for (const t of COSINE_THRESHOLDS) line(`cosine >= ${t}`, { kind: 'cosine', threshold: t });
  // A blend is thresholded on its own value: σ is monotone, so p >= σ(t) is blend >= t.
  for (const t of args.thresholds.split(',').map(Number)) {
    line(blend === null ? `model p >= ${t}` : `blend >= ${t}`, { kind: 'model', model, threshold: blend === null ? t : 1 / (1 + Math.exp(-t)) });
  }
}
