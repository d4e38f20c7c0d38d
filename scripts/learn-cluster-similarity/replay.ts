/** @module Replays a report stream through single-pass assignment with a pluggable decision, recording the pair features of every candidate met. */
import { DEFAULT_MAX_CANDIDATES, DEFAULT_MAX_REPORT_TERMS, DEFAULT_MAX_STORY_TERMS, DEFAULT_PROBE_TERMS } from '../../src/stream/cluster/assigner-options.js';
import { stripFurniture } from '../../src/ingest/furniture-sentences.js';
import type { IdfLookup } from '../../src/stream/cluster/idf.js';
import { reportTerms } from '../../src/stream/cluster/report-terms.js';
import { StoryIndex } from '../../src/stream/cluster/story-index.js';
import { norm, weighTerms } from '../../src/stream/cluster/term-vector.js';
import { joinProbability, type SimilarityModel } from './learned-similarity.js';
import { pairFeatures } from './pair-features.js';
import { absorbReport, emptyStory, type StoryRecord } from './story-record.js';
import type { Embedder } from './term-embedding.js';

export interface ReplayItem {
  readonly text: string;
  readonly gold: string;
}

/**
 * Who decides where a report goes: its true story ("teacher forcing"); the best centroid cosine at
 * or above `threshold` (what the shipped assigner does); or the best model probability at or above it.
 */
export type Policy =
  | { readonly kind: 'teacher' }
  | { readonly kind: 'cosine'; readonly threshold: number }
  | { readonly kind: 'model'; readonly model: SimilarityModel; readonly threshold: number };

export interface Replay {
  /** Predicted story of each item, in order (B-cubed input). */
  readonly stories: readonly string[];
  /** Features of each candidate pair with cosine >= minCosine, and whether it is the same story. */
  readonly rows: readonly number[][];
  readonly labels: readonly number[];
}

/**
 * Replays `items` in order. A pair's label is 1 when the candidate is the report's true story: under
 * teacher forcing, the story made for that gold class; otherwise, the story most of whose reports
 * share the report's gold class. Reports with no content term stand alone, as in the assigner.
 */
export function replay(items: readonly ReplayItem[], policy: Policy, idf: IdfLookup, embed: Embedder, minCosine: number): Replay {
  const index = new StoryIndex();
  const records = new Map<number, StoryRecord>();
  const golds = new Map<number, Map<string, number>>();
  const storyOf = new Map<string, number>();
  const stories: string[] = [];
  const rows: number[][] = [];
  const labels: number[] = [];
  let next = 1;
  const plurality = (number: number): string | undefined => {
    let best: [string, number] | undefined;
    for (const entry of golds.get(number) ?? []) if (best === undefined || entry[1] > best[1]) best = entry;
    return best?.[0];
  };
  for (const item of items) {
    const counts = reportTerms(stripFurniture(item.text));
    const vector = weighTerms(counts, idf, DEFAULT_MAX_REPORT_TERMS);
    if (vector.size === 0) {
      stories.push(`alone-${next}`);
      next += 1;
      continue;
    }
    const dense = embed(vector);
    const scored = index.score(vector, DEFAULT_PROBE_TERMS, DEFAULT_MAX_CANDIDATES);
    const view = { vector, dense, termCount: counts.size };
    let chosen: number | undefined;
    let chosenScore = -Infinity;
    for (const candidate of scored) {
      const story = records.get(candidate.number);
      if (story === undefined) continue;
      const runnerUp = scored.reduce((m, o) => (o.number === candidate.number ? m : Math.max(m, o.similarity)), 0);
      const x = pairFeatures(view, { ...story, norm: norm(story.centroid) }, candidate.similarity, runnerUp, idf);
      const score = policy.kind === 'model' ? joinProbability(x, policy.model) : candidate.similarity;
      if (policy.kind !== 'teacher' && score >= policy.threshold && score > chosenScore) [chosen, chosenScore] = [candidate.number, score];
      if (candidate.similarity < minCosine) continue;
      rows.push(x);
      labels.push((policy.kind === 'teacher' ? storyOf.get(item.gold) === candidate.number : plurality(candidate.number) === item.gold) ? 1 : 0);
    }
    if (policy.kind === 'teacher') chosen = storyOf.get(item.gold);
    if (chosen === undefined) {
      chosen = next;
      next += 1;
      records.set(chosen, emptyStory(chosen));
      golds.set(chosen, new Map());
      if (policy.kind === 'teacher') storyOf.set(item.gold, chosen);
    }
    const story = records.get(chosen) as StoryRecord;
    const tally = golds.get(chosen) as Map<string, number>;
    tally.set(item.gold, (tally.get(item.gold) ?? 0) + 1);
    absorbReport(story, vector, dense, null, DEFAULT_MAX_STORY_TERMS);
    index.put({ number: chosen, centroid: story.centroid, norm: norm(story.centroid) });
    stories.push(story.id);
  }
  return { stories, rows, labels };
}
