/** @module The HTTP API's shapes: zod schemas that validate requests and, through @hono/zod-openapi, write /openapi.json. */
import { z } from '@hono/zod-openapi';
import { BriefSchema as StoredBriefSchema } from '../brief/index.js';

/** Largest report text or page accepted in one request (characters); the body limit is checked first. */
export const MAX_REPORT_CHARS = 1_000_000;

/** Largest story or report version number (a PostgreSQL integer): a larger one is a 400, not the store's overflow error. */
export const MAX_VERSION = 2_147_483_647;

/**
 * A string of 1 to `max` characters without U+0000: PostgreSQL text cannot hold it, and one in a
 * body field or a path id was the store's error, answered as a 500.
 */
const str = (max: number) => z.string().min(1).max(max).refine((v) => !v.includes('\u0000'), { message: 'expected text without NUL characters (U+0000)' });

// ISO 8601 as the API documents it, not whatever Date.parse takes: it read "1" as 2001-01-01, and a report's date
// is what its relative dates ("on Tuesday") are resolved from.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const isoDate = str(64).refine((v) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)), { message: 'expected an ISO 8601 date such as 2016-12-15 or 2016-12-15T10:00:00Z' });
const httpUrl = z.string().max(2048).refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v) && !v.includes('\u0000'), { message: 'expected an http(s) URL' });

export const ReportInputSchema = z
  .object({
    text: str(MAX_REPORT_CHARS).optional().openapi({ description: 'The article as plain text.' }),
    html: str(MAX_REPORT_CHARS).optional().openapi({ description: 'The article page as HTML; the article is extracted as `newsbrief extract` does.' }),
    url: httpUrl.optional().openapi({ description: 'An address to fetch (through the safe fetcher) and read.' }),
    title: str(1000).optional(),
    source: str(200).optional().openapi({ description: 'Publisher, e.g. "Reuters".' }),
    published: isoDate.optional().openapi({ description: 'Publication date, ISO 8601.' }),
  })
  .strict()
  .refine((v) => [v.text, v.html, v.url].filter((x) => x !== undefined).length === 1, { message: 'expected exactly one of "text", "html" or "url"', path: ['text'] })
  .openapi('ReportInput');

export const ReportCreatedSchema = z
  .object({
    id: z.string().openapi({ example: 'r12' }),
    story: z.string().nullable().openapi({ description: 'The story, once assigned (null while the loop has not reached it; ask with ?wait=true).' }),
    status: z.enum(['queued', 'pending', 'assigned', 'duplicate', 'failed']),
    duplicateOf: z.string().nullable(),
  })
  .openapi('ReportCreated');

export const ReportSchema = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'pending', 'assigned', 'duplicate', 'failed']),
    story: z.string().nullable(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    publishedAt: z.string().nullable(),
    url: z.string().nullable(),
    nearDuplicateOf: z.string().nullable(),
    addedAt: z.string(),
    error: z.string().nullable(),
    origins: z.record(z.string(), z.string()).openapi({ description: 'Where the title, source, publishedAt and url came from: json-ld, open-graph, meta, dateline, flag, ...' }),
    text: z.string().optional().openapi({ description: 'The text as read; every offset in a brief points into it. Only on /api/reports/{id}.' }),
  })
  .openapi('Report');

export const StoryListItemSchema = z
  .object({
    id: z.string().openapi({ example: 's-1' }),
    title: z.string().openapi({ description: "The story's headline (see headline), never empty." }),
    headline: z
      .object({
        text: z.string(),
        kind: z.enum(['title', 'lead']),
        report: z.string(),
        start: z.number().int().nullable(),
        end: z.number().int().nullable(),
      })
      .nullable()
      .openapi({ description: "Where the title comes from: the newest report's own title (kind title), or a prefix of the brief's lead sentence, `text` being exactly that report's text from start to end (kind lead)." }),
    reports: z.number().int(),
    sources: z.number().int().openapi({ description: 'Reports that are not near copies of another.' }),
    updated: z.string().openapi({ description: 'When its latest report arrived.' }),
    version: z.number().int().openapi({ description: 'Latest brief version (0: none yet).' }),
    isStale: z.boolean().openapi({ description: 'Reports arrived since the latest brief; a rebuild is scheduled.' }),
  })
  .openapi('StoryListItem');

export const StoryListQuerySchema = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Words that must all match (as words or word beginnings, English stemming) the headline, summary or an entity name or alias; results best match first.' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/**
 * The brief as `newsbrief brief --format json` prints it, declared once in the brief stage; named here for
 * /openapi.json. Rebuilt from its shape because `.openapi()` exists only on schemas made after
 * @hono/zod-openapi has extended zod, and the brief stage may load first.
 */
export const BriefSchema = z.looseObject(StoredBriefSchema.shape).openapi('Brief');

export const StoryDetailSchema = z
  .object({
    story: StoryListItemSchema,
    version: z.number().int().nullable().openapi({ description: 'The version shown (null while the first brief is being built).' }),
    createdAt: z.string().nullable(),
    versions: z.array(z.number().int()).openapi({ description: 'Every version number, newest first; fetch one with ?version=N.' }),
    changes: z.unknown().openapi({ description: 'What changed since the previous version: new reports, near copies, new and changed figures.' }),
    brief: BriefSchema.nullable(),
    reports: z.array(ReportSchema).openapi({ description: 'Every report of the story, in arrival order, without text.' }),
  })
  .openapi('StoryDetail');

export const StoryParamsSchema = z.object({ id: str(64).openapi({ param: { name: 'id', in: 'path' }, example: 's-1' }) });
export const ReportParamsSchema = z.object({ id: str(64).openapi({ param: { name: 'id', in: 'path' }, example: 'r1' }) });
export const StoryQuerySchema = z.object({ version: z.coerce.number().int().min(1).max(MAX_VERSION).optional() });
export const WaitQuerySchema = z.object({
  wait: z.enum(['true', 'false']).optional().openapi({ description: 'Wait (up to 10 s) until the report is assigned to a story.' }),
});

export const FeedInputSchema = z.object({ url: httpUrl }).strict().openapi('FeedInput');
export const FeedQuerySchema = z.object({ url: httpUrl.openapi({ param: { name: 'url', in: 'query' } }) });
export const FeedSchema = z
  .object({
    url: z.string(),
    title: z.string().nullable(),
    addedAt: z.string(),
    lastPolledAt: z.string().nullable(),
    nextPollAt: z.string(),
    errorCount: z.number().int(),
    lastError: z.string().nullable(),
  })
  .openapi('Feed');
export const FeedCreatedSchema = z.object({ url: z.string(), isNew: z.boolean() }).openapi('FeedCreated');

export const ErrorSchema = z
  .object({
    error: z.string().openapi({ description: 'What was expected and what was found; names the field when a field is wrong.' }),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Error');

export const AssetParamsSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]*\.(js|css)$/).openapi({ param: { name: 'name', in: 'path' }, example: 'main.js' }),
});
