/** @module Replays a dated stream through the live assigner with each report sent to its true story ("teacher forcing"), recording the join features of every candidate it meets. */
import { createStoryAssigner, type AssignerHooks, type DatedCandidate } from '../../src/cluster/story-assigner.js';
import type { AssignerOptionsInput } from '../../src/cluster/assigner-options.js';
import { scoreBCubed, type BCubed } from '../../src/cluster/b-cubed.js';
import type { JoinModel } from '../../src/cluster/join-model.js';
import type { StreamItem } from '../bench-cluster/streams.js';

export interface PairRows {
  readonly rows: readonly (readonly number[])[];
  readonly labels: readonly number[];
  /** Gold story of the report each row came from (for splitting by incident). */
  readonly golds: readonly string[];
  /** Reports whose true story was already held but not among the retrieved candidates. */
  readonly missed: number;
  /** Reports whose true story was already held. */
  readonly followUps: number;
}

const toReport = (item: StreamItem) => ({ id: item.id, text: item.text, publishedAt: item.date ?? null, title: item.title ?? null });

/**
 * Every candidate pair the assigner scores, labelled 1 when the candidate is the report's true
 * story. The candidates are exactly those the live path retrieves (same index, window and probe),
 * so the model is fitted on the choices it will face.
 */
export function teacherRows(items: readonly StreamItem[], options: AssignerOptionsInput = {}): PairRows {
  const storyOf = new Map<string, string>();
  const rows: number[][] = [];
  const labels: number[] = [];
  const golds: string[] = [];
  let missed = 0;
  let followUps = 0;
  let current: StreamItem | undefined;
  const decide: AssignerHooks['decide'] = (_report, candidates: readonly DatedCandidate[]) => {
    const gold = (current as StreamItem).gold;
    const truth = storyOf.get(gold);
    for (const c of candidates) {
      rows.push([...c.features]);
      labels.push(c.story === truth ? 1 : 0);
      golds.push(gold);
    }
    if (truth !== undefined) {
      followUps += 1;
      if (!candidates.some((c) => c.story === truth)) missed += 1;
    }
    return truth ?? null;
  };
  const assigner = createStoryAssigner(options, { decide });
  for (const item of items) {
    current = item;
    const { story } = assigner.assign(toReport(item));
    if (!storyOf.has(item.gold)) storyOf.set(item.gold, story);
  }
  return { rows, labels, golds, missed, followUps };
}

/** Online assignment of `items` with `model` (the shipped one when absent): each report's story, and B-cubed over the reports `isScored` keeps. */
export function onlineScore(items: readonly StreamItem[], model: JoinModel | undefined, options: AssignerOptionsInput = {}, isScored: (item: StreamItem) => boolean = () => true): BCubed {
  const assigner = createStoryAssigner(options, model === undefined ? {} : { model });
  const labels = items.map((item) => assigner.assign(toReport(item)).story);
  const scored = items.map((item, k) => (isScored(item) ? k : -1)).filter((k) => k >= 0);
  return scoreBCubed(labels, items.map((i) => i.gold), scored.length === items.length ? undefined : scored);
}

