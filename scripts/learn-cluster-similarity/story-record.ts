/** @module Experiment: a story as the replay holds it (the assigner's centroid plus a dense sum and a few members), and how a report's vectors are folded into it. */
import { addToCentroid } from '../../src/stream/cluster/story-centroid.js';
import type { DenseVector } from './term-embedding.js';
import { topTerms, type TermVector } from '../../src/stream/cluster/term-vector.js';

/**
 * Reports whose vectors a story keeps for the member cosine: its first ones, which never change
 * afterwards, so state stays bounded and replays identically. 4 was not tuned: the fitted model
 * gave the member cosine little weight (0.87 beside 17 for the centroid cosine).
 */
export const MAX_MEMBERS = 4;

/** Heaviest terms kept of each member's vector (its tail adds little to a cosine). */
export const MEMBER_TERMS = 60;

export interface StoryRecord {
  readonly id: string;
  readonly number: number;
  size: number;
  /** Day number of the newest dated report, or null. */
  lastDay: number | null;
  centroid: Map<string, number>;
  /** Sum of the members' unit dense vectors, or null while no member had one. */
  dense: Float64Array | null;
  /** The first MAX_MEMBERS reports' vectors, cut to MEMBER_TERMS terms. */
  members: Map<string, number>[];
}

/** A new, empty story numbered `number` (id `s-<number>`). */
export function emptyStory(number: number): StoryRecord {
  return { id: `s-${number}`, number, size: 0, lastDay: null, centroid: new Map(), dense: null, members: [] };
}

/** Adds a report (its unit sparse vector, dense vector and day) to the story, in place. */
export function absorbReport(story: StoryRecord, vector: TermVector, dense: DenseVector | null, day: number | null, maxStoryTerms: number): void {
  story.size += 1;
  if (day !== null && (story.lastDay === null || day > story.lastDay)) story.lastDay = day;
  story.centroid = addToCentroid(story.centroid, vector, maxStoryTerms);
  if (dense !== null) {
    const sum = story.dense ?? new Float64Array(dense.length);
    for (let d = 0; d < dense.length; d += 1) sum[d] = (sum[d] ?? 0) + (dense[d] ?? 0);
    story.dense = sum;
  }
  if (story.members.length < MAX_MEMBERS) story.members.push(new Map(topTerms([...vector], MEMBER_TERMS)));
}
