/**
 * @module `npm run bench`: newsbrief and npm peer summarizers over the same DUC 2004 and Multi-News
 * clusters in one run: speed (clusters/s, ms per cluster median and p95), peak memory and ROUGE.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDatasetJsonl, parsePredictionsJsonl, scoreDataset } from '../src/evaluate/index.js';
import { SUMMARIZERS } from './bench/summarizers.js';
import { formatTable, type Row } from './bench/report.js';
import type { WorkerResult } from './bench/worker.js';
import { REFERENCE_ROUGE_PY, SHARED_DATA_DIR } from './lib/shared-paths.js';
import { failUsage, parseScriptArgs } from './lib/script-args.js';

const USAGE = `usage: npm run bench -- [--limit N] [--only NAME[,NAME]] [--out DIR] [--max-seconds S] [--warmup N] [--fill fit|truncate]
  summarizers: ${SUMMARIZERS.map((s) => s.name).join(', ')}`;

/** Word budgets from shared/data/README.md: 100 words for DUC 2004, 230 for Multi-News. */
const DATASETS = [
  { file: 'duc2004.jsonl', words: 100, recall: true },
  { file: 'multinews-dev.jsonl', words: 230, recall: false },
] as const;

/**
 * Per summarizer and dataset, summarizing stops after this many seconds (the
 * remaining clusters are not run): lexrank and node-summarizer's TextRank take
 * ~0.7 s per DUC cluster, and the whole bench must stay near 5 minutes on 2 cores.
 */
const DEFAULT_MAX_SECONDS = 45;

const WORKER = fileURLToPath(new URL('./bench/worker.js', import.meta.url));

function runWorker(name: string, dataset: string, words: number, out: string, opts: Record<string, string | undefined>): WorkerResult {
  const predictions = join(out, `${name}.${dataset.replace(/\.jsonl$/, '')}.jsonl`);
  const result = join(out, `${name}.${dataset.replace(/\.jsonl$/, '')}.result.json`);
  const args = [WORKER, '--name', name, '--dataset', join(SHARED_DATA_DIR, dataset), '--words', String(words)];
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) args.push(`--${k}`, v);
  args.push('--predictions', predictions, '--result', result);
  const maxSeconds = Number(opts['max-seconds']);
  // Hard stop for a hung peer: the time cap plus room for loading, warm-up and one slow cluster.
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: (maxSeconds * 2 + 120) * 1000, maxBuffer: 64 << 20 });
  if (run.status !== 0) {
    const tail = `${run.stderr ?? ''}`.trim().split('\n').slice(-5).join(' | ');
    throw new Error(`${name} on ${dataset}: worker exited ${run.status ?? run.signal}: ${tail}`);
  }
  return JSON.parse(readFileSync(result, 'utf8')) as WorkerResult;
}

function main(argv: readonly string[]): void {
  const { values } = parseScriptArgs(USAGE, {
    args: [...argv],
    options: {
      limit: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      'max-seconds': { type: 'string', default: String(DEFAULT_MAX_SECONDS) },
      warmup: { type: 'string', default: '3' },
      fill: { type: 'string', default: 'fit' },
    },
  });
  if (values.fill !== 'fit' && values.fill !== 'truncate') failUsage(`--fill: expected fit or truncate, got ${values.fill}`);
  const only = values.only?.split(',').map((s) => s.trim());
  const chosen = SUMMARIZERS.filter((s) => only === undefined || only.includes(s.name));
  if (chosen.length === 0) failUsage(`--only: no summarizer named ${values.only}; known: ${SUMMARIZERS.map((s) => s.name).join(', ')}`);
  const out = values.out ?? mkdtempSync(join(tmpdir(), 'newsbrief-bench-'));
  mkdirSync(out, { recursive: true });
  const opts = { limit: values.limit, warmup: values.warmup, 'max-seconds': values['max-seconds'], fill: values.fill };

  process.stdout.write(
    `newsbrief bench: ${chosen.map((s) => s.name).join(', ')}; one process per summarizer and dataset, run one after another;\n` +
      `warm-up ${values.warmup} clusters (untimed); only the summarize call is timed; peers' budget rule: ${values.fill}.\n` +
      // The machine is shared: a load above the core count slows every summarizer; say so beside the figures.
      `load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n\n`,
  );
  for (const ds of DATASETS) {
    const dataset = parseDatasetJsonl(readFileSync(join(SHARED_DATA_DIR, ds.file), 'utf8'));
    const rows: Row[] = [];
    for (const s of chosen) {
      process.stderr.write(`  running ${s.name} on ${ds.file}...\n`);
      const result = runWorker(s.name, ds.file, ds.words, out, opts);
      let rouge = null;
      if (result.skipped === null) {
        const predictionsPath = join(out, `${s.name}.${ds.file.replace(/\.jsonl$/, '')}.jsonl`);
        const predictions = parsePredictionsJsonl(readFileSync(predictionsPath, 'utf8'));
        // Score over the clusters this summarizer was run on (all of them unless --limit or the time cap).
        rouge = scoreDataset(dataset.slice(0, result.clusters), predictions);
      }
      rows.push({ result, rouge });
    }
    const title = `${ds.file} (${dataset.length} clusters${values.limit ? `, first ${values.limit}` : ''}), budget ${ds.words} words; ROUGE x100 (F1${ds.recall ? ', and recall as DUC reports it' : ''})`;
    process.stdout.write(formatTable(title, rows, ds.recall) + '\n\n');
  }
  process.stdout.write(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n\n`);
  process.stdout.write('Setups:\n' + chosen.map((s) => `  ${s.name}: ${s.note}`).join('\n') + '\n');
  process.stdout.write(
    `  peers read each cluster as one text (articles joined by a blank line) and their ranking is cut to the budget by one rule (scripts/bench/budget.ts, --fill ${values.fill}).\n` +
      `  peak MB is the worker process's maxRSS; "+own" is that peak minus the RSS after the data was read, before the summarizer was loaded.\n` +
      `  "newsbrief x" = newsbrief clusters/s divided by that summarizer's clusters/s on the same dataset.\n\n` +
      `Predictions written to ${out}/<summarizer>.<dataset>.jsonl; confirm with the reference scorer:\n` +
      `  /usr/bin/python3 ${REFERENCE_ROUGE_PY} [--recall] ${join(SHARED_DATA_DIR, 'duc2004.jsonl')} ${join(out, 'ts-textrank.duc2004.jsonl')}\n`,
  );
}

main(process.argv.slice(2));
