/** @module A POSTed report body into what the store takes: a Report for text and HTML, a queued URL for an address. */
import type { z } from '@hono/zod-openapi';
import { reportFromHtml } from '../ingest/html/index.js';
import { checkReportText, reportFromText } from '../ingest/index.js';
import type { QueuedUrl } from '../store/index.js';
import type { Report } from '../types.js';
import type { ReportInputSchema } from './schemas.js';

export type ReportInput = z.infer<typeof ReportInputSchema>;

/** The store assigns the id; the empty one here is never kept. */
export function toStoredInput(input: ReportInput): { readonly kind: 'report'; readonly report: Report } | { readonly kind: 'url'; readonly item: QueuedUrl } {
  if (input.url !== undefined) return { kind: 'url', item: { url: input.url, title: input.title ?? null, publishedAt: input.published ?? null } };
  if (input.html !== undefined) {
    const flags = { ...(input.title === undefined ? {} : { title: input.title }), ...(input.source === undefined ? {} : { source: input.source }), ...(input.published === undefined ? {} : { publishedAt: input.published }) };
    return { kind: 'report', report: reportFromHtml({ html: input.html, id: '', flags }) };
  }
  checkReportText(input.text ?? '', 'Field "text"');
  return { kind: 'report', report: reportFromText({ id: '', text: input.text ?? '', title: input.title ?? null, source: input.source ?? null, publishedAt: input.published ?? null }) };
}
