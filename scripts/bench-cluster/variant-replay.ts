/** @module Replays a stream through the shipped decision with experimental changes (merges, member links), for bench-cluster-variants. */
import { DEFAULT_MAX_CANDIDATES, DEFAULT_MAX_STORY_TERMS, DEFAULT_PROBE_TERMS } from '../../src/stream/cluster/assigner-options.js';
import { chooseStory, DEFAULT_GREY_THRESHOLD, DEFAULT_MIN_RARE_SHARED, DEFAULT_THRESHOLD } from '../../src/stream/cluster/choose-story.js';
import { fingerprintText } from '../../src/stream/cluster/fingerprint.js';
import type { IdfLookup } from '../../src/stream/cluster/idf.js';
import { countShared, DEFAULT_RARE_IDF, rareTerms } from '../../src/stream/cluster/rare-evidence.js';
import { addToCentroid } from '../../src/stream/cluster/story-centroid.js';
import { StoryIndex, type ScoredStory } from '../../src/stream/cluster/story-index.js';
import { dot, norm, type TermVector } from '../../src/stream/cluster/term-vector.js';

/** What to change in the shipped decision; everything left out is as shipped. */
export interface Variant {
  readonly threshold?: number;
  /** Grey band off when false. */
  readonly grey?: boolean;
  /** After a join, fold in every other candidate whose cosine with the report reaches this. */
  readonly reportMerge?: number;
  /** After a join, fold in every other candidate whose centroid cosine with the joined story reaches this. */
  readonly centroidMerge?: number;
  /** Score a story by the best of its centroid cosine and the cosines with its first `memberLink` reports. */
  readonly memberLink?: number;
}

interface Story {
  readonly number: number;
  centroid: Map<string, number>;
  members: TermVector[];
}

/**
 * Labels of each report (`vectors[k]` for report k; `texts` for the same-text shortcut). A fold keeps
 * the older story and re-points the younger one's reports to it, as a store would on a recorded merge.
 */
export function replayVariant(texts: readonly string[], vectors: readonly TermVector[], idf: IdfLookup, variant: Variant): string[] {
  const threshold = variant.threshold ?? DEFAULT_THRESHOLD;
  const index = new StoryIndex();
  const stories = new Map<number, Story>();
  const foldedInto = new Map<number, number>();
  const fingerprints = new Map<string, number>();
  const labels: number[] = [];
  let next = 1;
  const live = (n: number): number => {
    let at = n;
    for (let to = foldedInto.get(at); to !== undefined; to = foldedInto.get(at)) at = to;
    return at;
  };
  const fold = (a: Story, b: Story): Story => {
    const [keep, gone] = a.number < b.number ? [a, b] : [b, a];
    keep.centroid = addToCentroid(keep.centroid, gone.centroid, DEFAULT_MAX_STORY_TERMS);
    keep.members = [...keep.members, ...gone.members].slice(0, variant.memberLink ?? 0);
    index.remove(gone.number);
    stories.delete(gone.number);
    foldedInto.set(gone.number, keep.number);
    index.put({ number: keep.number, centroid: keep.centroid, norm: norm(keep.centroid) });
    return keep;
  };
  for (let k = 0; k < vectors.length; k += 1) {
    const vector = vectors[k] ?? new Map<string, number>();
    const fingerprint = fingerprintText(texts[k] ?? '');
    const twin = fingerprints.get(fingerprint);
    if (twin !== undefined && stories.has(live(twin))) {
      labels.push(live(twin));
      continue;
    }
    // An empty vector is a report that stands alone (see variantVector).
    if (vector.size === 0) {
      labels.push(-(k + 1));
      continue;
    }
    let scored: ScoredStory[] = index.score(vector, DEFAULT_PROBE_TERMS, DEFAULT_MAX_CANDIDATES);
    if (variant.memberLink !== undefined) {
      scored = scored.map((c) => ({ number: c.number, similarity: Math.max(c.similarity, ...(stories.get(c.number)?.members ?? []).map((m) => dot(vector, m))) }));
    }
    const rare = rareTerms(vector, idf, DEFAULT_RARE_IDF);
    const grey = variant.grey === false ? null : { low: DEFAULT_GREY_THRESHOLD, hasEvidence: (n: number) => countShared(rare, stories.get(n)?.centroid ?? new Map()) >= DEFAULT_MIN_RARE_SHARED };
    const best = chooseStory(scored, threshold, grey);
    let story = best === null ? undefined : stories.get(best.number);
    if (story === undefined) {
      story = { number: next, centroid: new Map(), members: [] };
      next += 1;
      stories.set(story.number, story);
    }
    story.centroid = addToCentroid(story.centroid, vector, DEFAULT_MAX_STORY_TERMS);
    if (story.members.length < (variant.memberLink ?? 0)) story.members.push(vector);
    index.put({ number: story.number, centroid: story.centroid, norm: norm(story.centroid) });
    fingerprints.set(fingerprint, story.number);
    if (best !== null) {
      for (const c of scored) {
        const other = stories.get(c.number);
        if (other === undefined || other === story) continue;
        const byReport = variant.reportMerge !== undefined && c.similarity >= variant.reportMerge;
        const byCentroid = variant.centroidMerge !== undefined && dot(story.centroid, other.centroid) / (norm(story.centroid) * norm(other.centroid)) >= variant.centroidMerge;
        if (byReport || byCentroid) story = fold(story, other);
      }
    }
    labels.push(story.number);
  }
  return labels.map((n) => String(n < 0 ? n : live(n)));
}
