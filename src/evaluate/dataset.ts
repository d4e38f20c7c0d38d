/** @module The shared data's JSONL shapes (clusters and predictions), validated at the boundary. */
import { z } from 'zod';
import { parseJsonl } from '../ingest/jsonl.js';

/** One cluster: `{"id", "documents", "summaries" | "summary", "source"?}` (see shared/data/README.md). */
const ClusterLine = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    documents: z.array(z.string()),
    summaries: z.array(z.string()).min(1).optional(),
    summary: z.string().optional(),
    source: z.string().optional(),
  })
  .refine((c) => c.summaries !== undefined || c.summary !== undefined, { message: 'needs "summaries" or "summary"' })
  .transform((c) => ({
    id: c.id,
    documents: c.documents,
    summaries: c.summaries ?? [c.summary ?? ''],
    source: c.source ?? '',
  }));

export type DatasetCluster = z.infer<typeof ClusterLine>;

/** One prediction: `{"id", "summary"}`, the summary a text or a list of sentences (what rouge.py reads). */
const PredictionLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  summary: z.union([z.string(), z.array(z.string())]),
});

export type PredictionRow = z.infer<typeof PredictionLine>;

/** Parses a dataset JSONL text. @throws NewsbriefError BAD_JSONL naming the line. */
export function parseDatasetJsonl(text: string, path?: string): DatasetCluster[] {
  return parseJsonl(text, ClusterLine, { label: path ?? 'dataset', expected: '{"id", "documents", "summaries"}' });
}

/** Parses a predictions JSONL text into id -> summary (a later line for the same id wins, as in rouge.py). */
export function parsePredictionsJsonl(text: string, path?: string): Map<string, string | string[]> {
  return new Map(parseJsonl(text, PredictionLine, { label: path ?? 'predictions', expected: '{"id", "summary"}' }).map((p) => [p.id, p.summary]));
}
