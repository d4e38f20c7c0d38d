/** @module Reads a stream file's lines into reports and assigns each, in order, with the live path's assigner. */
import { z } from 'zod';
import { createStoryAssigner, type StoryReport } from '../../cluster/index.js';
import { parseJsonl } from '../../ingest/index.js';

/** One input line: a report in arrival order; extra keys are allowed and ignored. */
const streamLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  date: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
});

/** Reports between two progress updates on a terminal. */
export const PROGRESS_EVERY = 500;

/** Parses the stream's lines into reports, throwing BAD_JSONL naming the first bad line; blank lines are skipped. */
export function parseStream(content: string, path: string): StoryReport[] {
  return parseJsonl(content, streamLine, { label: path, expected: '{"id": string, "text": string, "title"?: string|null, "date"?: string|null}' }).map((row) => ({
    id: row.id,
    text: row.text,
    publishedAt: row.date ?? null,
    title: row.title ?? null,
  }));
}

/** Assigns every report in order with a fresh assigner and returns the `{"id","story"}` lines. */
export function clusterStream(reports: readonly StoryReport[], onProgress: (done: number) => void = () => {}): string[] {
  const assigner = createStoryAssigner();
  return reports.map((report, k) => {
    if ((k + 1) % PROGRESS_EVERY === 0) onProgress(k + 1);
    return JSON.stringify({ id: report.id, story: assigner.assign(report).story });
  });
}
