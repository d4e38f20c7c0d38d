/**
 * @module Datasets as the scorer sees them: ingest's clusters (one schema, one set of errors for every reader)
 * with their human summaries, and the predictions JSONL that rouge.py reads.
 */
import { z } from 'zod';
import { NewsbriefError } from '../errors.js';
import { parseDataset, parseJsonl, type Cluster } from '../ingest/index.js';

/** A cluster with the texts a summarizer reads and the references it is scored against. */
export interface DatasetCluster {
  readonly id: string;
  /** The report texts, in the file's order (a `reports` cluster's texts). */
  readonly documents: readonly string[];
  readonly summaries: readonly string[];
}

/**
 * A dataset cluster's human summaries (`summaries`, else `summary`). @throws NewsbriefError BAD_JSONL when it has
 * none, since there is nothing to score against; `label` names the file.
 */
export function referencesOf(cluster: Pick<Cluster, 'id' | 'summaries' | 'summary'>, label: string): readonly string[] {
  const summaries = cluster.summaries ?? (cluster.summary ? [cluster.summary] : []);
  if (summaries.length === 0) {
    throw new NewsbriefError('BAD_JSONL', `${label}: cluster "${cluster.id}" has no "summaries": expected human references to score against`, { path: label });
  }
  return summaries;
}

/** Parses a dataset JSONL text with ingest's reader, every cluster with references. @throws NewsbriefError naming the line or cluster. */
export function parseDatasetJsonl(text: string, path?: string): DatasetCluster[] {
  const label = path ?? 'dataset';
  return parseDataset(text, label).map((c) => ({
    id: c.id,
    documents: c.documents ?? (c.reports ?? []).map((r) => r.text),
    summaries: referencesOf(c, label),
  }));
}

/** One prediction: `{"id", "summary"}`, the summary a text or a list of sentences (what rouge.py reads). */
const PredictionLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  summary: z.union([z.string(), z.array(z.string())]),
});

export type PredictionRow = z.infer<typeof PredictionLine>;

/** Parses a predictions JSONL text into id -> summary (a later line for the same id wins, as in rouge.py). */
export function parsePredictionsJsonl(text: string, path?: string): Map<string, string | string[]> {
  return new Map(parseJsonl(text, PredictionLine, { label: path ?? 'predictions', expected: '{"id", "summary"}' }).map((p) => [p.id, p.summary]));
}
