/** @module Reads the JSONL dataset format of the evaluation data: one cluster of reports per line. */
import { z } from 'zod';
import { NewsbriefError } from '../errors.js';
import type { Report } from '../types.js';
import { ISO_DATE } from './iso-date.js';
import { parseJsonl } from './jsonl.js';
import { reportFromText } from './report-from-text.js';

const Id = z.union([z.string().min(1), z.number()]).transform(String);
const IsoDate = z.string().regex(ISO_DATE, 'expected an ISO 8601 date such as 2016-12-13');

/** One report of a `{"reports": [...]}` cluster (the shape of `gva-dev.jsonl`). */
const DatasetReportSchema = z.object({
  id: Id,
  text: z.string(),
  title: z.string().nullish(),
  date: IsoDate.nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});
export type DatasetReport = z.infer<typeof DatasetReportSchema>;

export const ClusterSchema = z
  .object({
    id: Id,
    documents: z.array(z.string()).min(1).optional(),
    reports: z.array(DatasetReportSchema).min(1).optional(),
    summaries: z.array(z.string()).optional(),
    summary: z.string().optional(),
  })
  .refine((c) => (c.documents === undefined) !== (c.reports === undefined), {
    message: 'needs either "documents" (a list of texts) or "reports" (a list of {"id", "text", ...})',
    path: ['documents'],
  })
  .refine((c) => new Set((c.reports ?? []).map((r) => r.id)).size === (c.reports ?? []).length, {
    message: 'two reports share an id',
    path: ['reports'],
  });
export type Cluster = z.infer<typeof ClusterSchema>;

/** What a dataset file should hold, in the words of every message that refuses one. */
export const DATASET_EXPECTED = 'one {"id", "documents": [...]} or {"id", "reports": [{"id", "text", ...}]} JSON object per line';

/** Parses dataset text; `label` names the file in messages, which give the 1-based line number. */
export function parseDataset(text: string, label: string): Cluster[] {
  const clusters = parseJsonl(text, ClusterSchema, {
    label,
    expected: '{"id", "documents": [string, ...]} or {"id", "reports": [{"id", "text", "title"?, "date"?, "url"?}, ...]}',
  });
  if (clusters.length === 0) throw new NewsbriefError('EMPTY', `${label} has no clusters: expected one JSON object per line`, { path: label });
  return clusters;
}

/**
 * The reports of one cluster; empty texts are skipped, as the data README's loaders do. Plain `documents`
 * get the ids `<cluster id>#<index>`; `reports` keep their own ids, titles, dates and URLs.
 */
export function reportsFromCluster(cluster: Pick<Cluster, 'id' | 'documents' | 'reports'>): Report[] {
  if (cluster.reports !== undefined) {
    return cluster.reports
      .filter((r) => r.text.trim() !== '')
      .map((r) =>
        reportFromText({
          id: r.id,
          text: r.text,
          title: r.title ?? null,
          publishedAt: r.date ?? null,
          url: r.url ?? null,
          source: r.source ?? null,
          origin: 'dataset',
        }),
      );
  }
  return (cluster.documents ?? [])
    .map((text, index) => ({ text, index }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, index }) => reportFromText({ id: `${cluster.id}#${index}`, text }));
}
