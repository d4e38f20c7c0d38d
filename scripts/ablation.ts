/** @module Prints the summarizer's design choices side by side on a dataset: scorer x selector, ROUGE and time. */
import { readFileSync } from 'node:fs';
import { scoreRouge } from '../src/evaluate/index.js';
import { reportsFromCluster } from '../src/ingest/index.js';
import { documentFrequencyScorer, learnedScorer, summarize, type SelectionScorer } from '../src/summarize/index.js';
import { failUsage, parseScriptArgs } from './lib/script-args.js';

const USAGE = `usage: node dist/scripts/ablation.js DATASET.jsonl --words N [--recall] [--limit N] [--ilp]
  The ILP rows are slow (HiGHS in WebAssembly): add --ilp to include them.`;

const { values, positionals } = parseScriptArgs(USAGE, {
  allowPositionals: true,
  options: { words: { type: 'string', default: '100' }, recall: { type: 'boolean', default: false }, limit: { type: 'string' }, ilp: { type: 'boolean', default: false } },
});
const path = positionals[0];
if (!path) failUsage('expected DATASET.jsonl');
const maxWords = Number(values.words);
const kind = values.recall ? 'recall' : 'f1';
const rows = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, values.limit ? Number(values.limit) : undefined)
  .map((l) => JSON.parse(l) as { id: string; documents: string[]; summaries: string[] });

const leadScorer: SelectionScorer = (table, candidates) => ({
  conceptWeights: table.concepts.map(() => 0),
  sentenceBonuses: candidates.map((c) => 1 / (1 + c.position)),
});
const scorers: [string, SelectionScorer][] = [
  ['lead (position only)', leadScorer],
  ['bigram df (Gillick & Favre)', documentFrequencyScorer],
  ['learned (default)', learnedScorer],
];
const selectors: ('greedy' | 'ilp')[] = values.ilp ? ['greedy', 'ilp'] : ['greedy'];

console.log(`${path}: ${rows.length} clusters, ${maxWords} words, ROUGE ${kind}`);
console.log('scorer                        selector  R1     R2     RLsum  words  ms/cluster');
for (const [name, scorer] of scorers) {
  for (const selector of selectors) {
    let r1 = 0;
    let r2 = 0;
    let rl = 0;
    let words = 0;
    let ms = 0;
    for (const row of rows) {
      const reports = reportsFromCluster(row);
      const started = performance.now();
      const summary = reports.length ? await summarize(reports, { maxWords, scorer, selector }) : [];
      ms += performance.now() - started;
      const s = scoreRouge(summary.map((x) => x.text), row.summaries);
      r1 += s.rouge1[kind];
      r2 += s.rouge2[kind];
      rl += s.rougeLsum[kind];
      words += summary.reduce((n, x) => n + x.text.split(/\s+/).length, 0);
    }
    const pct = (x: number): string => ((100 * x) / rows.length).toFixed(2).padStart(6);
    console.log(`${name.padEnd(30)}${selector.padEnd(10)}${pct(r1)} ${pct(r2)} ${pct(rl)}  ${(words / rows.length).toFixed(1).padStart(5)}  ${(ms / rows.length).toFixed(1).padStart(8)}`);
  }
}
