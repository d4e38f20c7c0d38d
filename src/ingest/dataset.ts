/** @module Reads the JSONL dataset format of the evaluation data: one cluster of documents per line. */
import { z } from 'zod';
import { NewsbriefError } from '../errors.js';
import type { Report } from '../types.js';
import { parseJsonl } from './jsonl.js';
import { reportFromText } from './report-from-text.js';

export const ClusterSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  documents: z.array(z.string()).min(1),
  summaries: z.array(z.string()).optional(),
  summary: z.string().optional(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

/** What a dataset file should hold, in the words of every message that refuses one. */
export const DATASET_EXPECTED = 'one {"id", "documents": [...]} JSON object per line';

/** Parses dataset text; `label` names the file in messages, which give the 1-based line number. */
export function parseDataset(text: string, label: string): Cluster[] {
  const clusters = parseJsonl(text, ClusterSchema, { label, expected: '{"id", "documents": [string, ...]}' });
  if (clusters.length === 0) throw new NewsbriefError('EMPTY', `${label} has no clusters: expected one JSON object per line`, { path: label });
  return clusters;
}

/** The reports of one cluster; empty documents are skipped, as the data README's loaders do. */
export function reportsFromCluster(cluster: Pick<Cluster, 'id' | 'documents'>): Report[] {
  return cluster.documents
    .map((text, index) => ({ text, index }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, index }) => reportFromText({ id: `${cluster.id}#${index}`, text }));
}
