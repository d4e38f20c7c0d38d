/** @module Benchmarks newsbrief's HTML extraction against plain Readability on the extraction dev file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { isNewsbriefError } from '../src/errors.js';
import { reportFromHtml } from '../src/ingest/html/index.js';
import { parseScriptArgs } from './lib/script-args.js';

const DEFAULT_DATASET = '../shared/data/extraction-dev.jsonl';
const USAGE = `usage: npm run bench:extract [-- DATASET.jsonl]
  Article extraction F1 of newsbrief beside Readability alone on DATASET (default ${DEFAULT_DATASET}),
  scored by ../shared/tools/extract-score.py.`;
const SCORER = '../shared/tools/extract-score.py';

const pageSchema = z.object({ id: z.string(), url: z.string(), html: z.string() });
const scoreSchema = z.object({ f1: z.number(), precision: z.number(), recall: z.number(), accuracy: z.number(), f1_std: z.number(), empty_predictions: z.number() });
type Score = z.infer<typeof scoreSchema>;
type Page = z.infer<typeof pageSchema>;

interface Run {
  readonly name: string;
  readonly lines: string[];
  readonly seconds: number;
  readonly notes: string[];
}

function time(name: string, pages: readonly Page[], extract: (page: Page) => string): Run {
  const lines: string[] = [];
  const notes: string[] = [];
  const started = process.hrtime.bigint();
  for (const page of pages) {
    let text = '';
    try {
      text = extract(page);
    } catch (error) {
      if (!isNewsbriefError(error)) throw error;
      notes.push(`${page.id.slice(0, 16)}: ${error.message}`);
    }
    lines.push(JSON.stringify({ id: page.id, text }));
  }
  return { name, lines, seconds: Number(process.hrtime.bigint() - started) / 1e9, notes };
}

function score(dataset: string, predictions: string): Score {
  const result = spawnSync('python3', [resolve(SCORER), dataset, predictions], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`scorer failed: ${result.stderr}`);
  return scoreSchema.parse(JSON.parse(result.stdout));
}

function main(): void {
  const dataset = resolve(parseScriptArgs(USAGE, { allowPositionals: true, options: {} }).positionals[0] ?? DEFAULT_DATASET);
  const pages = readFileSync(dataset, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => pageSchema.parse(JSON.parse(line)));
  const runs = [
    time('newsbrief', pages, (page) => reportFromHtml({ html: page.html, id: page.id, url: page.url }).text),
    time('readability', pages, (page) => new Readability(parseHTML(page.html).document).parse()?.textContent ?? ''),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  console.log(`${pages.length} pages from ${dataset}; predictions in ${dir}`);
  console.log('system        F1      P       R       acc     F1 std  empty  pages/s');
  for (const run of runs) {
    const file = join(dir, `${run.name}.jsonl`);
    writeFileSync(file, `${run.lines.join('\n')}\n`);
    const s = score(dataset, file);
    const cells = [s.f1, s.precision, s.recall, s.accuracy, s.f1_std].map((v) => v.toFixed(4).padEnd(8)).join('');
    console.log(`${run.name.padEnd(14)}${cells}${String(s.empty_predictions).padEnd(7)}${(pages.length / run.seconds).toFixed(1)}`);
    for (const note of run.notes) console.log(`  ${run.name}: ${note}`);
  }
}

main();
