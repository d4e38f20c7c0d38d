/** @module Summarizes every cluster of a dataset file, with a progress bar on a terminal. */
import cliProgress from 'cli-progress';
import { summarizeDocuments } from '../brief.js';
import { DATASET_EXPECTED, parseDataset, type Cluster } from '../ingest/index.js';
import { readInputText } from './files.js';
import type { CliIo } from './io.js';

export interface DatasetRun {
  readonly clusters: readonly Cluster[];
  /** Summary sentences per cluster id, in dataset order. */
  readonly summaries: ReadonlyMap<string, readonly string[]>;
  /** Wall time spent summarizing (not reading), in milliseconds. */
  readonly summarizeMs: number;
}

export async function readDatasetFile(path: string): Promise<Cluster[]> {
  return parseDataset(await readInputText(path, DATASET_EXPECTED), path);
}

export async function summarizeDataset(clusters: readonly Cluster[], maxWords: number, io: CliIo): Promise<DatasetRun> {
  const bar = io.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: io.stderr as NodeJS.WriteStream, format: 'summarizing [{bar}] {value}/{total} clusters, {eta}s left', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(clusters.length, 0);
  const summaries = new Map<string, readonly string[]>();
  let summarizeMs = 0;
  try {
    for (const cluster of clusters) {
      const started = performance.now();
      summaries.set(cluster.id, await summarizeDocuments(cluster.documents, { maxWords }));
      summarizeMs += performance.now() - started;
      bar?.increment();
    }
  } finally {
    bar?.stop();
  }
  return { clusters, summaries, summarizeMs };
}
