/** @module Checks the project's ROUGE against the reference scorer rouge.py on the same predictions, F1 and recall side by side. */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseDatasetJsonl, parsePredictionsJsonl, scoreDataset, type DatasetCluster } from '../src/evaluate/index.js';
import { runReferenceRouge } from './lib/reference-rouge.js';
import { parseScriptArgs } from './lib/script-args.js';

const USAGE = `usage: node dist/scripts/rouge-agreement.js DATASET.jsonl [PREDICTIONS.jsonl ...] [--lead WORDS]
  Scores each predictions file with src/evaluate and with shared/tools/rouge.py (F1 and --recall)
  and prints both with the largest absolute difference (points x100).
  --lead WORDS  also score a lead baseline made here: the first WORDS words of each cluster's first document.`;

/** First `maxWords` whitespace words of the first document, original text kept (newlines too, so Lsum's line split is exercised). */
function leadSummary(cluster: DatasetCluster, maxWords: number): string {
  const doc = cluster.documents[0] ?? '';
  let end = 0;
  let count = 0;
  for (const m of doc.matchAll(/\S+/g)) {
    if (count === maxWords) break;
    end = m.index + m[0].length;
    count++;
  }
  return doc.slice(0, end);
}

function writeLead(dataset: readonly DatasetCluster[], datasetPath: string, maxWords: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'rouge-agreement-'));
  const path = join(dir, `lead${maxWords}-${basename(datasetPath)}`);
  writeFileSync(path, dataset.map((c) => JSON.stringify({ id: c.id, summary: leadSummary(c, maxWords) })).join('\n') + '\n');
  return path;
}

const fmt = (x: number): string => x.toFixed(2).padStart(6);

function main(argv: readonly string[]): void {
  const { values, positionals } = parseScriptArgs(USAGE, { args: [...argv], allowPositionals: true, options: { lead: { type: 'string' } } });
  const [datasetPath, ...predictionPaths] = positionals;
  if (datasetPath === undefined || (predictionPaths.length === 0 && values.lead === undefined)) {
    process.stderr.write(USAGE + '\n');
    process.exitCode = 2;
    return;
  }
  const dataset = parseDatasetJsonl(readFileSync(datasetPath, 'utf8'), datasetPath);
  if (values.lead !== undefined) predictionPaths.push(writeLead(dataset, datasetPath, Number(values.lead)));
  process.stdout.write(`${basename(datasetPath)}: ${dataset.length} clusters; x100; ours | rouge.py\n`);
  process.stdout.write(
    `${'predictions'.padEnd(28)} ${'F1 R1/R2/RLsum ours'.padEnd(22)} ${'rouge.py'.padEnd(22)} ${'recall R1/R2/RLsum ours'.padEnd(22)} ${'rouge.py'.padEnd(22)} max|diff|\n`,
  );
  let worst = 0;
  for (const path of predictionPaths) {
    const ours = scoreDataset(dataset, parsePredictionsJsonl(readFileSync(path, 'utf8'), path));
    const refF = runReferenceRouge(datasetPath, path, false);
    const refR = runReferenceRouge(datasetPath, path, true);
    const oursF = [ours.rouge1.f1, ours.rouge2.f1, ours.rougeLsum.f1].map((x) => 100 * x);
    const oursR = [ours.rouge1.recall, ours.rouge2.recall, ours.rougeLsum.recall].map((x) => 100 * x);
    const theirsF = [refF.rouge1, refF.rouge2, refF.rougeLsum];
    const theirsR = [refR.rouge1, refR.rouge2, refR.rougeLsum];
    // rouge.py rounds to 2 decimals, so up to 0.005 of any difference is its rounding.
    const diff = Math.max(...oursF.map((x, i) => Math.abs(x - theirsF[i]!)), ...oursR.map((x, i) => Math.abs(x - theirsR[i]!)));
    worst = Math.max(worst, diff);
    const row = (xs: readonly number[]): string => xs.map(fmt).join(' ');
    process.stdout.write(
      `${basename(path).padEnd(28)} ${row(oursF)}   ${row(theirsF)}   ${row(oursR)}   ${row(theirsR)}   ${diff.toFixed(3)}\n`,
    );
  }
  process.stdout.write(`max |ours - rouge.py| over all rows: ${worst.toFixed(3)} points\n`);
}

main(process.argv.slice(2));
