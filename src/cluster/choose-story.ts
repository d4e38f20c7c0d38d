/** @module The decision: join the most similar story if it is similar enough, otherwise start a new one. */
import type { ScoredStory } from './story-index.js';

/**
 * Cosine between a report and a story's centroid at or above which the report joins the story.
 * Tuned on the whole development stream (Multi-News dev + DUC 2003/2004/2007, see
 * docs/design-clustering.md): B-cubed F1 peaks at 0.813 near 0.21 and stays within 0.01 of it
 * from 0.19 to 0.24; lower merges unrelated stories fast (0.789 at 0.175). Still the best on the
 * tune stream with the grey band below (0.21 -> 0.821, 0.23 -> 0.820).
 */
export const DEFAULT_THRESHOLD = 0.21;

/**
 * Lower edge of the grey band: a story whose cosine is at or above this but under the threshold
 * is joined only when rare terms agree (see {@link GreyBand}). Chosen on the tune stream, where
 * F1 is flat from 0.12 to 0.18 (0.819-0.822 with 3-4 rare terms); 0.15 is the middle.
 */
export const DEFAULT_GREY_THRESHOLD = 0.15;

/**
 * Rare terms (idf >= DEFAULT_RARE_IDF) a grey-band story must share with the report. Tune stream:
 * 2 -> 0.816, 3 -> 0.821, 4 -> 0.822; 3 holds on the mixed stream (0.817 -> 0.820).
 */
export const DEFAULT_MIN_RARE_SHARED = 3;

/** The second test for stories in the grey band: `hasEvidence(number)` says whether rare terms agree. */
export interface GreyBand {
  readonly low: number;
  readonly hasEvidence: (number: number) => boolean;
}

/**
 * The story to join: the most similar (then the oldest) among those whose cosine reaches
 * `threshold`, or, when `grey` is given, whose cosine reaches `grey.low` and which pass
 * `grey.hasEvidence`. Null when none qualifies. A story over the threshold is never passed over
 * for a less similar grey one, since the most similar qualifying story wins.
 */
export function chooseStory(scored: readonly ScoredStory[], threshold: number, grey: GreyBand | null = null): ScoredStory | null {
  let best: ScoredStory | null = null;
  for (const candidate of scored) {
    const qualifies = candidate.similarity >= threshold || (grey !== null && candidate.similarity >= grey.low && grey.hasEvidence(candidate.number));
    if (!qualifies) continue;
    if (best === null || candidate.similarity > best.similarity || (candidate.similarity === best.similarity && candidate.number < best.number)) {
      best = candidate;
    }
  }
  return best;
}
