/** @module Tags the temporal expressions of every line of a `{"id", "text", "dct"}` JSONL dataset. */
import { z } from 'zod';
import { tagTimexes } from '../../analyze/timex/index.js';
import { parseJsonl } from '../../ingest/index.js';

/** One input line: extra keys (such as gold `timexes`) are allowed and ignored. */
const datasetLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  dct: z.string().nullable().optional(),
});

/**
 * Tags every line of a JSONL dataset (`{"id", "text", "dct"}`) and returns the output lines.
 * Throws BAD_JSONL naming the first malformed line; blank lines are skipped.
 */
export function tagDataset(content: string, path: string): string[] {
  const rows = parseJsonl(content, datasetLine, { label: path, expected: '{"id": string, "text": string, "dct": string|null}' });
  return rows.map((row) => {
    const timexes = tagTimexes(row.text, row.dct ?? null).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
    return JSON.stringify({ id: row.id, timexes });
  });
}
