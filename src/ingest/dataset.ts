/** @module Reads the JSONL dataset format of the evaluation data: one cluster of documents per line. */
import { z } from 'zod';
import { NewsbriefError } from '../errors.js';
import type { Report } from '../types.js';
import { reportFromText } from './report-from-text.js';

export const ClusterSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  documents: z.array(z.string()).min(1),
  summaries: z.array(z.string()).optional(),
  summary: z.string().optional(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

/** Parses dataset text; `label` names the file in messages, which give the 1-based line number. */
export function parseDataset(text: string, label: string): Cluster[] {
  const clusters: Cluster[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new NewsbriefError('BAD_JSONL', `${label}:${i + 1}: expected a JSON object, found ${JSON.stringify(line.slice(0, 40))}`, {
        path: label,
        line: i + 1,
        cause,
      });
    }
    const parsed = ClusterSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
      throw new NewsbriefError(
        'BAD_JSONL',
        `${label}:${i + 1}: expected {"id", "documents": [string, ...]}${where}: ${issue?.message ?? 'invalid'}`,
        { path: label, line: i + 1 },
      );
    }
    clusters.push(parsed.data);
  }
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
