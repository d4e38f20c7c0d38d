/** @module The assigner's serialisable state: plain JSON a store can persist, checked with zod on the way back in. */
import { z } from 'zod';
import { assignerOptionsSchema } from './assigner-options.js';

/** Version of the state layout; bumped when a field changes meaning. */
export const ASSIGNER_STATE_VERSION = 1;

const storyStateSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  size: z.number().int().positive(),
  /** Day number (days since 1970-01-01, UTC) of the story's newest dated report, or null. */
  lastDay: z.number().int().nullable(),
  /** The centroid as [term, weight] pairs, in the order held (restoring it in that order keeps float sums identical). */
  centroid: z.array(z.tuple([z.string(), z.number()])),
});

export const assignerStateSchema = z.object({
  version: z.literal(ASSIGNER_STATE_VERSION),
  // The options of the first layout are required; those added since (minContentTerms, greyThreshold,
  // rareIdf, minRareShared, nameWeight, datedJoin) take their defaults when absent, so older snapshots still
  // restore (a snapshot keeps its own windowDays, 30 before the dated join model).
  options: assignerOptionsSchema.required({ threshold: true, maxReportTerms: true, maxStoryTerms: true, windowDays: true, probeTerms: true, maxCandidates: true, titleWeight: true }),
  nextNumber: z.number().int().positive(),
  latestDay: z.number().int().nullable(),
  stories: z.array(storyStateSchema),
  /** [text fingerprint, story number] for every report whose story is still held. */
  fingerprints: z.array(z.tuple([z.string(), z.number().int().positive()])),
});

export type StoryState = Readonly<z.infer<typeof storyStateSchema>>;
export type AssignerState = Readonly<z.infer<typeof assignerStateSchema>>;
