/** @module Summarizes (or briefs) every cluster of a dataset file, with a progress bar on a terminal. */
import cliProgress from 'cli-progress';
import { NewsbriefError } from '../errors.js';
import { brief, shortestSummarySentence, summarizeReports, type Brief } from '../brief/index.js';
import { DATASET_EXPECTED, parseDataset, reportsFromCluster, type Cluster } from '../ingest/index.js';
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
  try {
    for (const cluster of clusters) {
      const started = performance.now();
      const reports = reportsFromCluster(cluster);
      if (options.briefs && reports.length > 0) {
        const result = await brief(reports, { maxWords });
        briefs.set(cluster.id, result);
        summaries.set(cluster.id, result.summary.map((s) => s.text));
      } else {
        summaries.set(cluster.id, await summarizeReports(reports, { maxWords }));
      }
      summarizeMs += performance.now() - started;
      bar?.increment();
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
