/**
 * @module One summarizer over one dataset in a process of its own, so its peak
 * memory (maxRSS) is its own. Reads the data first (untimed), warms up on the
 * first clusters (untimed, discarded), then times each cluster's summary alone.
 * Writes predictions JSONL and a JSON result file; the parent scores them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseDatasetJsonl } from '../../src/evaluate/index.js';
import type { FillMode } from './budget.js';
import { SUMMARIZERS } from './summarizers.js';

export interface WorkerResult {
  readonly name: string;
  /** Clusters summarized and timed (fewer than asked when the time cap stopped the run). */
  readonly clusters: number;
  readonly asked: number;
  /** Milliseconds per timed cluster, in dataset order. */
  readonly msPerCluster: readonly number[];
  /** Process peak resident set size, MB (process.resourceUsage().maxRSS). */
  readonly peakRssMb: number;
  /** Resident set size after the dataset was read, before the summarizer was loaded, MB. */
  readonly baselineRssMb: number;
  /** Clusters whose summarizer call threw (scored as empty summaries). */
  readonly errors: number;
  readonly firstError: string | null;
  /** Set when the summarizer threw while loading or warming up: it was not benchmarked. */
  readonly skipped: string | null;
  readonly cappedAtSeconds: number | null;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 160);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      dataset: { type: 'string' },
      words: { type: 'string' },
      limit: { type: 'string' },
      warmup: { type: 'string', default: '3' },
      'max-seconds': { type: 'string', default: '60' },
      fill: { type: 'string', default: 'fit' },
      predictions: { type: 'string' },
      result: { type: 'string' },
    },
  });
  const entry = SUMMARIZERS.find((s) => s.name === values.name);
  if (!entry || !values.dataset || !values.predictions || !values.result) throw new Error('worker: missing arguments');
  const maxWords = Number(values.words);
  const maxSeconds = Number(values['max-seconds']);
  const all = parseDatasetJsonl(readFileSync(values.dataset, 'utf8'), values.dataset);
  const clusters = values.limit === undefined ? all : all.slice(0, Number(values.limit));
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;

  const base = { name: entry.name, asked: clusters.length, baselineRssMb, cappedAtSeconds: null };
  const finish = (r: WorkerResult, lines: readonly string[]): void => {
    writeFileSync(values.predictions!, lines.join(''));
    writeFileSync(values.result!, JSON.stringify(r));
  };
  let summarize;
  try {
    summarize = await entry.load(values.fill as FillMode);
    for (const c of clusters.slice(0, Number(values.warmup))) await summarize(c.documents, maxWords);
  } catch (e) {
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    finish({ ...base, clusters: 0, msPerCluster: [], peakRssMb, errors: 0, firstError: null, skipped: message(e) }, []);
    return;
  }

  const ms: number[] = [];
  const lines: string[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let spent = 0;
  let capped = false;
  for (const c of clusters) {
    if (spent > maxSeconds * 1000) {
      capped = true;
      break;
    }
    let summary: string[] = [];
    const t0 = performance.now();
    try {
      summary = await summarize(c.documents, maxWords);
    } catch (e) {
      errors++;
      firstError ??= `${c.id}: ${message(e)}`;
    }
    const elapsed = performance.now() - t0;
    ms.push(elapsed);
    spent += elapsed;
    lines.push(JSON.stringify({ id: c.id, summary }) + '\n');
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  finish(
    { ...base, clusters: ms.length, msPerCluster: ms, peakRssMb, errors, firstError, skipped: null, cappedAtSeconds: capped ? maxSeconds : null },
    lines,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench worker failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
