/** @module Reads JSON Lines: one value per line, each checked with a schema, errors naming file and line. */
import type { z } from 'zod';
import { NewsbriefError } from '../errors.js';

export interface JsonlOptions {
  /** Names the input in messages, e.g. its path: `set.jsonl:2: ...`. */
  readonly label: string;
  /** What a line should be, for messages, e.g. `{"id", "documents": [string, ...]}`. */
  readonly expected: string;
}

/**
 * Parses every non-blank line of `text` with `schema`. Throws BAD_JSONL at the first line that is not JSON
 * or does not fit, naming the line number, the field and what was found.
 */
export function parseJsonl<T>(text: string, schema: z.ZodType<T>, options: JsonlOptions): T[] {
  const { label, expected } = options;
  const rows: T[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const where = { path: label, line: i + 1 };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new NewsbriefError('BAD_JSONL', `${label}:${i + 1}: expected a JSON object ${expected}, found ${JSON.stringify(line.trim().slice(0, 40))}`, {
        ...where,
        cause,
      });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
      throw new NewsbriefError('BAD_JSONL', `${label}:${i + 1}: expected ${expected}${field}: ${issue?.message ?? 'invalid'}`, where);
    }
    rows.push(parsed.data);
  }
  return rows;
}
