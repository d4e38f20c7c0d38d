/** @module Fits the dated join model (logistic regression over join-features.ts) on the GVA dev stream, writes src/cluster/join-model.json, and shows a 2-fold split by incident. */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JOIN_FEATURE_NAMES } from '../src/cluster/join-features.js';
import { parseJoinModel, type JoinModel } from '../src/cluster/join-model.js';
import { readDatedStream, type StreamItem } from './bench-cluster/streams.js';
import { fitLogistic, rocAuc } from './lib/fit-logistic.js';
import { onlineScore, teacherRows } from './learn-cluster-join/teacher-replay.js';
import { parseScriptArgs } from './lib/script-args.js';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = resolve(here, '..', '..', '..', 'shared', 'data');
const MODEL_PATH = resolve(here, '..', '..', 'src', 'cluster', 'join-model.json');

/** Probabilities the join threshold is chosen from, by online B-cubed F1 on the fitting incidents. */
const THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

const USAGE = `usage: node dist/scripts/learn-cluster-join.js [--dir DATA] [--features a,b,...] [--window-days N] [--no-write]
  Fits the join model on the GVA dev stream (teacher-forced replay through the live assigner), picks its
  threshold by online B-cubed F1, writes src/cluster/join-model.json (unless --no-write), and prints
  a 2-fold split by incident (fit on one half's incidents, score the other half's reports).`;

const { values: args } = parseScriptArgs(USAGE, {
  options: {
    dir: { type: 'string', default: DATA },
    features: { type: 'string' },
    'window-days': { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});

const used = JOIN_FEATURE_NAMES.map((name) => args.features === undefined || args.features.split(',').includes(name));
const options = args['window-days'] === undefined ? {} : { windowDays: Number(args['window-days']) };
const stream = readDatedStream(args.dir);
const f = (x: number): string => x.toFixed(3);

/** Half 0 or 1 of an incident, by a hash of its id: a split nobody chose. */
const half = (gold: string): number => (createHash('sha1').update(gold).digest()[0] ?? 0) & 1;

function fit(keep: (gold: string) => boolean, items: readonly StreamItem[]): { model: JoinModel; auc: number; cosineAuc: number; pairs: number } {
  const all = teacherRows(items, options);
  const picked = all.rows.map((_, k) => k).filter((k) => keep(all.golds[k] ?? ''));
  const rows = picked.map((k) => all.rows[k] as readonly number[]);
  const labels = picked.map((k) => all.labels[k] ?? 0);
  const w = fitLogistic(rows, labels, used);
  const weights = w.slice(0, -1).map((v, j) => (used[j] === true ? v : 0));
  const bias = w[w.length - 1] ?? 0;
  const score = (row: readonly number[]): number => row.reduce((s, v, j) => s + v * (weights[j] ?? 0), bias);
  let model = parseJoinModel({ features: [...JOIN_FEATURE_NAMES], weights, bias, threshold: 0.5 });
  let bestF1 = -1;
  for (const threshold of THRESHOLDS) {
    const candidate = { ...model, threshold };
    const { f1 } = onlineScore(items, candidate, options, (item) => keep(item.gold));
    if (f1 > bestF1) [bestF1, model] = [f1, candidate];
  }
  process.stdout.write(`  fitted on ${rows.length} pairs (${labels.filter((y) => y === 1).length} same incident); ${all.followUps} follow-ups, ${all.missed} with the true story not retrieved\n`);
  return { model, auc: rocAuc(rows.map(score), labels), cosineAuc: rocAuc(rows.map((r) => r[0] ?? 0), labels), pairs: rows.length };
}

process.stdout.write(`== ${stream.name}: ${stream.items.length} reports; features ${JOIN_FEATURE_NAMES.filter((_, j) => used[j]).join(', ')}\n`);
const whole = fit(() => true, stream.items);
const score = onlineScore(stream.items, whole.model, options);
process.stdout.write(`  whole stream: pair AUC ${f(whole.auc)} (cosine alone ${f(whole.cosineAuc)}); threshold ${whole.model.threshold}; online B3 P ${f(score.precision)} R ${f(score.recall)} F1 ${f(score.f1)}\n`);
process.stdout.write(`  weights ${JOIN_FEATURE_NAMES.map((n, j) => `${n} ${f(whole.model.weights[j] ?? 0)}`).join(', ')}, bias ${f(whole.model.bias)}\n`);

// 2-fold by incident, two ways. In the whole stream: the model fitted on one half's incidents decides
// every report, and only the other half's reports are scored (the density of incidents the held-out
// stream has). Alone: fitted on one half's stream, scored on the other half's stream (half the density).
for (const held of [0, 1]) {
  const { model } = fit((gold) => half(gold) !== held, stream.items);
  const inWhole = onlineScore(stream.items, model, options, (item) => half(item.gold) === held);
  const heldItems = stream.items.filter((item) => half(item.gold) === held);
  const fitItems = stream.items.filter((item) => half(item.gold) !== held);
  const { model: alone } = fit(() => true, fitItems);
  const apart = onlineScore(heldItems, alone, options);
  process.stdout.write(`  fold ${held}: held-out incidents' reports in the whole stream F1 ${f(inWhole.f1)} (P ${f(inWhole.precision)} R ${f(inWhole.recall)}); held-out half alone (${heldItems.length} reports) F1 ${f(apart.f1)}; thresholds ${model.threshold} / ${alone.threshold}\n`);
}

if (!args['no-write'] && args.features === undefined) {
  const note = `logistic regression (IRLS) on ${whole.pairs} teacher-forced candidate pairs of gva-stream-dev; threshold by online B-cubed F1; node dist/scripts/learn-cluster-join.js`;
  const rounded = { note, features: [...JOIN_FEATURE_NAMES], weights: whole.model.weights.map((w) => Number(w.toFixed(4))), bias: Number(whole.model.bias.toFixed(4)), threshold: whole.model.threshold };
  writeFileSync(MODEL_PATH, `${JSON.stringify(rounded, null, 2)}\n`);
  process.stdout.write(`  wrote ${MODEL_PATH}\n`);
}
