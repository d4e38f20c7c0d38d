/** @module Validates metadata given beside a page: a sidecar JSON file or CLI flags. */
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';
import { normalizeDate } from './normalize-date.js';
import type { MetaValues } from './meta-fields.js';

/** The sidecar shape: every field optional; `date` and `publishedAt` are synonyms. */
export const sidecarSchema = z
  .object({
    title: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
    url: z.string().url().optional(),
    author: z.string().min(1).optional(),
    date: z.string().min(1).optional(),
    publishedAt: z.string().min(1).optional(),
    updatedAt: z.string().min(1).optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

/**
 * Narrows a sidecar value; throws `BAD_INPUT` naming the bad field.
 * @param name - what to call the value in messages (default "sidecar").
 * @param where - path of the file the value came from, for the error.
 */
export function readSidecar(value: unknown, name = 'sidecar', where: { path?: string } = {}): MetaValues {
  if (value === undefined || value === null) return {};
  const parsed = sidecarSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    throw new NewsbriefError('BAD_INPUT', `Bad metadata in ${name}: field "${field}": ${issue?.message ?? 'invalid'}`, where);
  }
  const { date, publishedAt, updatedAt, ...rest } = parsed.data;
  const values: Record<string, string> = { ...rest };
  for (const [field, raw] of [['publishedAt', publishedAt ?? date], ['updatedAt', updatedAt]] as const) {
    if (raw === undefined) continue;
    const iso = normalizeDate(raw);
    if (iso === null) throw new NewsbriefError('BAD_INPUT', `Bad metadata in ${name}: field "${field}": expected a date, got "${raw}"`, where);
    values[field] = iso;
  }
  return values;
}
