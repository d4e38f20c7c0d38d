/**
 * @module A peer summarizer as a whole process, the way `newsbrief batch` is one: reads a dataset,
 * summarizes every cluster and writes `{"id","summary"}` lines to a file. `bench-whole-process`
 * times it beside `newsbrief batch` from process start to exit, loading included.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDatasetJsonl } from '../../src/evaluate/index.js';
import { SUMMARIZERS } from './summarizers.js';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, words: { type: 'string' }, out: { type: 'string' } },
  });
  const entry = SUMMARIZERS.find((s) => s.name === values.name);
  const dataset = positionals[0];
  if (!entry || dataset === undefined || values.out === undefined || values.words === undefined) {
    throw new Error('peer-batch: usage: peer-batch.js --name NAME --words N --out FILE DATASET.jsonl');
  }
  const summarize = await entry.load('fit');
  const lines: string[] = [];
  for (const cluster of parseDatasetJsonl(readFileSync(dataset, 'utf8'), dataset)) {
    const summary = await summarize(cluster.documents, Number(values.words));
    lines.push(`${JSON.stringify({ id: cluster.id, summary: summary.join(' ') })}\n`);
  }
  writeFileSync(values.out, lines.join(''));
}

await main();
