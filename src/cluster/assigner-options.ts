/** @module The story assigner's tunable numbers, their defaults and where each came from. */
import { z } from 'zod';
import { DEFAULT_GREY_THRESHOLD, DEFAULT_MIN_RARE_SHARED, DEFAULT_THRESHOLD } from './choose-story.js';
import { DEFAULT_NAME_WEIGHT } from './name-terms.js';
import { DEFAULT_RARE_IDF } from './rare-evidence.js';
import { DEFAULT_TITLE_WEIGHT } from './report-terms.js';

/**
 * Heaviest terms kept of a report's vector. Multi-News reports have ~80 distinct content terms and
 * DUC reports ~250; the tail beyond 120 carries little weight and only slows scoring.
 */
export const DEFAULT_MAX_REPORT_TERMS = 120;

/** Heaviest terms kept of a story's centroid: bounds each story's size in memory and in the index. */
export const DEFAULT_MAX_STORY_TERMS = 200;

/**
 * A dated report is only compared with stories last updated within this many days of it; how likely
 * a join is at a given gap is the join model's to say (its ln day-gap weight), so this is the
 * horizon of retrieval, not the life of a story. Follow-ups (arrest, charges, trial) come months
 * later: on the GVA dev stream, 15% of a report's gaps to its incident's first report exceed 30
 * days and 5% exceed 228. Online F1 with the model refitted at each horizon: 30 -> 0.912,
 * 120 -> 0.938, 365 -> 0.945, 400 -> 0.946, 730 -> 0.951. A year, not two, because stories are held
 * for two horizons (eviction below) and a live feed's state grows with them.
 */
export const DEFAULT_WINDOW_DAYS = 365;

/**
 * Heaviest report terms whose postings are walked to find candidate stories. On the dev stream,
 * 16 probe terms and 8 candidates give the same B-cubed F1 as 48 and 32 (0.814) at 2.4x the speed.
 */
export const DEFAULT_PROBE_TERMS = 16;

/** Candidate stories (best by the probe's partial score) whose exact cosine is computed; see above. */
export const DEFAULT_MAX_CANDIDATES = 8;

/**
 * A report with fewer distinct content terms than this (after web furniture is stripped) stands
 * alone, as a report with none always did: a word or two ("Get digital access") matches stories by
 * accident. Tune stream: 1 -> 0.818, 2-3 -> 0.820, 4-20 -> 0.821, 30 -> 0.815; mixed stream:
 * 1 -> 0.816, 2-5 -> 0.819. 3 rather than 4-20 so that a feed item carrying only a headline
 * ("Turkey masses troops on Syrian border") still finds its story.
 */
export const DEFAULT_MIN_CONTENT_TERMS = 3;

export const assignerOptionsSchema = z.object({
  threshold: z.number().min(0).max(1).default(DEFAULT_THRESHOLD),
  maxReportTerms: z.number().int().positive().default(DEFAULT_MAX_REPORT_TERMS),
  maxStoryTerms: z.number().int().positive().default(DEFAULT_MAX_STORY_TERMS),
  windowDays: z.number().positive().default(DEFAULT_WINDOW_DAYS),
  probeTerms: z.number().int().positive().default(DEFAULT_PROBE_TERMS),
  maxCandidates: z.number().int().positive().default(DEFAULT_MAX_CANDIDATES),
  titleWeight: z.number().min(0).default(DEFAULT_TITLE_WEIGHT),
  minContentTerms: z.number().int().min(1).default(DEFAULT_MIN_CONTENT_TERMS),
  /** Lower edge of the grey band; at or above `threshold` the band is empty (cosine alone decides). */
  greyThreshold: z.number().min(0).max(1).default(DEFAULT_GREY_THRESHOLD),
  rareIdf: z.number().min(0).default(DEFAULT_RARE_IDF),
  minRareShared: z.number().int().min(1).default(DEFAULT_MIN_RARE_SHARED),
  /** Weight of a run of capitalised words as one extra term; 0 turns name runs off. */
  nameWeight: z.number().min(0).default(DEFAULT_NAME_WEIGHT),
  /** Dated reports are decided by the join model (join-model.ts) rather than the cosine threshold; false: as undated ones. */
  datedJoin: z.boolean().default(true),
});

/** Options with every default filled in. */
export type AssignerOptions = Readonly<z.infer<typeof assignerOptionsSchema>>;

/** What a caller may pass: any subset of the options. */
export type AssignerOptionsInput = Readonly<z.input<typeof assignerOptionsSchema>>;
