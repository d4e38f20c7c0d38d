/** @module Measures clustering variants beyond the shipped assigner (merges, member links, event-signature terms, burstiness weights) and the offline ceilings of its cosine, on the tune and mixed streams. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreBCubed, type BCubed } from '../src/stream/cluster/b-cubed.js';
import { createIdf, type IdfLookup } from '../src/stream/cluster/idf.js';
import { averageLinkLabels, oracleLabels, similarPairs } from './bench-cluster/offline-ceiling.js';
import { buildStream, TUNE_CLUSTERS, TUNE_FILE, type Stream } from './bench-cluster/streams.js';
import { replayVariant, type Variant } from './bench-cluster/variant-replay.js';
import { burstyIdf, countSiblings, variantVector, type TermVariant } from './bench-cluster/variant-terms.js';
import { parseScriptArgs } from './lib/script-args.js';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = resolve(here, '..', '..', '..', 'shared', 'data');
const STREAMS: Readonly<Record<string, readonly string[]>> = {
  tune: [TUNE_FILE, 'duc2003'],
  mixed: ['multinews-dev', 'duc2003', 'duc2004', 'duc2007'],
};

const USAGE = `usage: node dist/scripts/bench-cluster-variants.js [--stream tune|mixed] [--ceiling]
  Clustering variants beside the shipped assigner on a stream of ../shared/data (default tune);
  --ceiling also prints the offline ceilings of its cosine.`;
const { values: args } = parseScriptArgs(USAGE, { options: { stream: { type: 'string', default: 'tune' }, ceiling: { type: 'boolean', default: false } } });

interface Row {
  readonly name: string;
  readonly variant?: Variant;
  readonly terms?: TermVariant;
  /** [beta, cap] of the burstiness weight. */
  readonly bursty?: readonly [number, number];
}

const ROWS: readonly Row[] = [
  { name: 'shipped (grey band, 3+ content terms, name runs)' },
  { name: 'no grey band', variant: { grey: false } },
  { name: 'no name runs', terms: { names: 0 } },
  { name: 'no grey band, no name runs', variant: { grey: false }, terms: { names: 0 } },
  ...[0.25, 0.3, 0.35, 0.4].map((m): Row => ({ name: `fold stories the report also reaches at cosine >= ${m}`, variant: { reportMerge: m } })),
  ...[0.3, 0.4, 0.5].map((m): Row => ({ name: `fold stories whose centroids reach cosine ${m}`, variant: { centroidMerge: m } })),
  ...[1, 2, 4].map((k): Row => ({ name: `best of centroid and first ${k} members`, variant: { memberLink: k } })),
  ...[0.5, 1, 2].map((w): Row => ({ name: `number+unit terms x${w}`, terms: { numberUnits: w } })),
  ...[0.5, 1.5].map((w): Row => ({ name: `capitalised name runs x${w} (shipped: x1)`, terms: { names: w } })),
  ...[1, 2].map((w): Row => ({ name: `month-day dates x${w}`, terms: { dates: w } })),
  ...[1, 2].map((w): Row => ({ name: `first sentence counted +${w}`, terms: { lede: w } })),
  ...([[0.25, 1], [0.5, 1], [0.5, 3]] as const).map(([beta, cap]): Row => ({ name: `burstiness idf beta ${beta} cap ${cap}`, bursty: [beta, cap] })),
];

/** Sibling counts over the train clusters outside the tune stream's, so the tune stream stays unseen. */
function trainSiblings(): ReturnType<typeof countSiblings> {
  const lines = readFileSync(join(DATA, 'multinews-train.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return countSiblings(lines.slice(0, -TUNE_CLUSTERS).map((l) => (JSON.parse(l) as { documents: string[] }).documents));
}

const f = (x: number): string => x.toFixed(3);
const show = (name: string, s: BCubed): void => void process.stdout.write(`  ${name.padEnd(52)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}\n`);

const stream: Stream = buildStream(DATA, args.stream, STREAMS[args.stream] ?? []);
const texts = stream.items.map((i) => i.text);
const gold = stream.items.map((i) => i.gold);
const idf = createIdf();
process.stdout.write(`== ${args.stream}: ${texts.length} reports\n`);

if (args.ceiling) {
  const vectors = texts.map((t) => variantVector(t, idf, {}));
  const pairs = similarPairs(vectors, 0.05);
  for (const t of [0.1, 0.15, 0.2, 0.25]) show(`oracle: link only true pairs of cosine >= ${t}`, scoreBCubed(oracleLabels(pairs, gold, t), gold));
  for (const t of [0.12, 0.15, 0.18, 0.21]) show(`offline average link, stop at ${t}`, scoreBCubed(averageLinkLabels(texts.length, pairs, t), gold));
} else {
  let siblings: ReturnType<typeof countSiblings> | null = null;
  for (const row of ROWS) {
    let lookup: IdfLookup = idf;
    if (row.bursty !== undefined) {
      siblings ??= trainSiblings();
      lookup = burstyIdf(idf, siblings, row.bursty[0], row.bursty[1]);
    }
    const vectors = texts.map((t) => variantVector(t, lookup, row.terms ?? {}));
    show(row.name, scoreBCubed(replayVariant(texts, vectors, idf, row.variant ?? {}), gold));
  }
}
