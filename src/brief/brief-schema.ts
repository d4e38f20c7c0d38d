/**
 * @module The brief's shape as stored and served, declared once: `story` reads stored versions through it and
 * the HTTP API documents it (http/schemas.ts names it for /openapi.json). Facts are described loosely: the
 * analyze stage owns their shape. Fields added since the first stored versions default, so old versions parse.
 */
import { z } from 'zod';

const SourceRefSchema = z.object({ report: z.string(), start: z.number().int(), end: z.number().int() });

export const BriefSchema = z.looseObject({
  reports: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string().nullable(),
      source: z.string().nullable(),
      date: z.string().nullable(),
      url: z.string().nullish(),
      path: z.string().nullish(),
    }),
  ),
  summary: z.array(z.object({ text: z.string(), sources: z.array(SourceRefSchema) })),
  words: z.number(),
  maxWords: z.number(),
  keyFigures: z.array(z.unknown()).default([]),
  figures: z.array(z.looseObject({ what: z.string(), status: z.enum(['single', 'agree', 'update', 'conflict']) })),
  timeline: z.array(z.looseObject({ date: z.string(), text: z.string(), report: z.string() })),
  unresolved: z.array(z.unknown()).default([]),
  entities: z.array(z.looseObject({ name: z.string(), type: z.string() })),
  reportDates: z.array(z.unknown()).default([]),
});

/** A stored brief as read back: the same object, with the defaults above filled in. */
export type StoredBrief = z.infer<typeof BriefSchema>;
