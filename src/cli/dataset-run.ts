/** @module Summarizes (or briefs) every cluster of a dataset file, on one thread or several, with a progress bar on a terminal. */
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import { NewsbriefError } from '../errors.js';
import { shortestSummarySentence, type Brief } from '../brief/index.js';
import { DATASET_EXPECTED, parseDataset, reportsFromCluster, type Cluster } from '../ingest/index.js';
import { summarizeCluster, type ClusterResult } from './dataset-cluster.js';
import { summarizeOnThreads } from './dataset-threads.js';
import { readInputText } from './files.js';
import type { CliIo } from './io.js';

export interface DatasetRun {
  readonly clusters: readonly Cluster[];
  /** Summary sentences per cluster id, in dataset order. */
  readonly summaries: ReadonlyMap<string, readonly string[]>;
  /** The whole brief per cluster id, when the run was asked for briefs. */
  readonly briefs: ReadonlyMap<string, Brief>;
  /** Wall time spent summarizing (not reading), in milliseconds. */
  readonly summarizeMs: number;
}

export interface DatasetRunOptions {
  /** Build whole briefs (figures, timeline, entities, report dates) rather than summaries alone. Default false. */
  readonly briefs?: boolean;
  /** Threads to summarize on, this one included; 1 starts no worker. Default defaultJobs(clusters, briefs). */
  readonly jobs?: number;
}

/**
 * Characters of report text per thread below which a worker costs more wall time than it saves, for summaries
 * and for whole briefs. A worker loads the summarizer (0.15-0.2 CPU-s) and then warms up from cold as this
 * thread did: its first clusters run 3-6x slower than warm ones (V8 compiles the hot code again for each
 * thread, caches refill), about 0.7 CPU-s for summaries and 3-4 CPU-s for briefs (the tagger); and on two
 * cores V8's compiler and collector threads already take about half of the second core from one thread.
 * Measured whole processes, jobs 1 against 2, median wall (CPU), load 2-3.5: summaries of DUC 2004 (1.8 M
 * chars) 0.93 against 1.35 s (1.3 / 2.0 CPU-s), Multi-News dev (2.6 M) 1.24 against 1.54, 3,000 Multi-News
 * train clusters (7.7 M) 3.01 against 3.13, all 10,000 (25.6 M) 7.28 against 5.91 (7.9 / 10.8 CPU-s); briefs
 * of 150 GVA dev clusters (0.8 M) 10.6 against 11.0, DUC 2004 (1.8 M) 12.1 against 13.6, all GVA dev (2.6 M)
 * 24.7 against 17.8 (25.6 / 30.7 CPU-s).
 */
export const MIN_CHARS_PER_THREAD = { summaries: 12_000_000, briefs: 1_250_000 } as const;

/** Threads for a dataset: one per core, but no more than one per MIN_CHARS_PER_THREAD of its report text. */
export function defaultJobs(clusters: readonly Cluster[], briefs: boolean): number {
  const chars = clusters.reduce(
    (sum, c) => sum + (c.documents ?? []).reduce((n, d) => n + d.length, 0) + (c.reports ?? []).reduce((n, r) => n + r.text.length, 0),
    0,
  );
  const perThread = briefs ? MIN_CHARS_PER_THREAD.briefs : MIN_CHARS_PER_THREAD.summaries;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(chars / perThread)));
}

export async function readDatasetFile(path: string): Promise<Cluster[]> {
  return parseDataset(await readInputText(path, DATASET_EXPECTED), path);
}

export async function summarizeDataset(
  clusters: readonly Cluster[],
  maxWords: number,
  io: CliIo,
  options: DatasetRunOptions = {},
): Promise<DatasetRun> {
  const what = options.briefs ? 'briefing' : 'summarizing';
  const bar = io.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: io.stderr as NodeJS.WriteStream, format: `${what} [{bar}] {value}/{total} clusters, {eta}s left`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(clusters.length, 0);
  const summaries = new Map<string, readonly string[]>();
  const briefs = new Map<string, Brief>();
  let summarizeMs = 0;
  const record = (cluster: Cluster, result: ClusterResult): void => {
    if (result.brief !== null) briefs.set(cluster.id, result.brief);
    summaries.set(cluster.id, result.summary);
  };
  const threads = Math.min(options.jobs ?? defaultJobs(clusters, options.briefs ?? false), clusters.length);
  try {
    if (threads > 1) {
      const started = performance.now();
      const results = await summarizeOnThreads(clusters, maxWords, options.briefs ?? false, threads, () => bar?.increment());
      summarizeMs = performance.now() - started;
      clusters.forEach((cluster, at) => record(cluster, results[at]!));
    } else {
      for (const cluster of clusters) {
        const started = performance.now();
        record(cluster, await summarizeCluster(cluster, maxWords, options.briefs ?? false));
        summarizeMs += performance.now() - started;
        bar?.increment();
      }
    }
  } finally {
    bar?.stop();
  }
  return { clusters, summaries, briefs, summarizeMs };
}

/**
 * Says on standard error when the budget fits no sentence of some clusters (their summaries are empty), and
 * refuses the run when it fits none of any cluster: an output of empty summaries is never what was asked for.
 * Clusters empty for want of any usable sentence (captions only, lines under 8 words) are named apart.
 */
export function checkEmptySummaries(run: DatasetRun, maxWords: number, io: CliIo): void {
  // Only clusters with an empty summary are read again (a cluster with no reports always has one): reading
  // every cluster's reports a second time cost a whole-file batch about 45 ms.
  const emptyReports = new Map(run.clusters.filter((c) => (run.summaries.get(c.id) ?? []).length === 0).map((c) => [c, reportsFromCluster(c)]));
  const empty = [...emptyReports].filter(([, reports]) => reports.length > 0);
  if (empty.length === 0) return;
  const withReports = run.clusters.length - (emptyReports.size - empty.length);
  const tooSmall = empty.filter(([, reports]) => shortestSummarySentence(reports) !== null).map(([c]) => c);
  if (tooSmall.length === withReports) {
    throw new NewsbriefError('BAD_OPTION', `--words ${maxWords} is too small for any sentence: no cluster of ${withReports} got a summary`);
  }
  const named = (list: readonly Cluster[]): string => `${list.slice(0, 3).map((c) => c.id).join(', ')}${list.length > 3 ? ', ...' : ''}`;
  if (tooSmall.length > 0) {
    io.stderr.write(`newsbrief: ${tooSmall.length} of ${withReports} clusters have an empty summary: --words ${maxWords} fits none of their sentences (${named(tooSmall)})\n`);
  }
  const unusable = empty.map(([c]) => c).filter((c) => !tooSmall.includes(c));
  if (unusable.length > 0) {
    io.stderr.write(`newsbrief: ${unusable.length} of ${withReports} clusters have an empty summary: no sentence of 8 to 80 words in their article text (${named(unusable)})\n`);
  }
}
