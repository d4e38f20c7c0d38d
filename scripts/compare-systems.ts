/** @module Compares a DUC 2004 predictions file with each published system, cluster by cluster (ROUGE recall). */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDatasetJsonl, parsePredictionsJsonl, scoreRouge } from '../src/evaluate/index.js';
import { SHARED_DATA_DIR } from './lib/shared-paths.js';
import { failUsage, parseScriptArgs } from './lib/script-args.js';

const USAGE = `usage: node dist/scripts/compare-systems.js OURS.jsonl   (e.g. from \`newsbrief batch duc2004.jsonl --words 100\`)
  For every system in shared/data/duc2004-systems/: mean R1/R2 recall, and on how many of the 50 clusters
  ours scores higher, equal or lower on ROUGE-2 recall.`;

const oursPath = parseScriptArgs(USAGE, { allowPositionals: true, options: {} }).positionals[0];
if (!oursPath) failUsage('expected OURS.jsonl, a predictions file of DUC 2004');
const dataset = parseDatasetJsonl(readFileSync(join(SHARED_DATA_DIR, 'duc2004.jsonl'), 'utf8'));
const perCluster = (path: string): Map<string, { r1: number; r2: number }> => {
  const predictions = parsePredictionsJsonl(readFileSync(path, 'utf8'), path);
  return new Map(
    dataset.map((c) => {
      const s = scoreRouge(predictions.get(c.id) ?? '', c.summaries);
      return [c.id, { r1: s.rouge1.recall, r2: s.rouge2.recall }];
    }),
  );
};
const ours = perCluster(oursPath);
const mean = (scores: Map<string, { r1: number; r2: number }>, key: 'r1' | 'r2'): string =>
  ((100 * [...scores.values()].reduce((s, x) => s + x[key], 0)) / scores.size).toFixed(2);
console.log(`newsbrief (${basename(oursPath)}): R1 ${mean(ours, 'r1')} / R2 ${mean(ours, 'r2')} recall`);
console.log('system        R1     R2     R2 per cluster: ours higher / equal / lower');
const systemsDir = join(SHARED_DATA_DIR, 'duc2004-systems');
for (const file of readdirSync(systemsDir).sort()) {
  const theirs = perCluster(join(systemsDir, file));
  let higher = 0;
  let equal = 0;
  let lower = 0;
  for (const [id, score] of ours) {
    const other = theirs.get(id)!.r2;
    if (Math.abs(score.r2 - other) < 1e-9) equal++;
    else if (score.r2 > other) higher++;
    else lower++;
  }
  console.log(`${file.replace('.jsonl', '').padEnd(12)}  ${mean(theirs, 'r1')}  ${mean(theirs, 'r2').padStart(5)}  ${higher} / ${equal} / ${lower}`);
}
