/** @module Assigns each arriving report to an existing story or starts a new one, online, with state a store can snapshot and restore. */
import { assignerOptionsSchema, type AssignerOptions, type AssignerOptionsInput } from './assigner-options.js';
import { ASSIGNER_STATE_VERSION, assignerStateSchema, type AssignerState } from './assigner-state.js';
import { chooseStory } from './choose-story.js';
import { fingerprintText } from './fingerprint.js';
import { stripFurniture } from '../text/index.js';
import { createIdf } from './idf.js';
import { joinFeatures, viewReport, type StoryFrequencies } from './join-features.js';
import { joinProbability, SHIPPED_JOIN_MODEL, type JoinModel } from './join-model.js';
import { countNameRuns } from './name-terms.js';
import { countShared, rareTerms } from './rare-evidence.js';
import { reportTerms } from './report-terms.js';
import { addToCentroid } from './story-centroid.js';
import { StoryIndex, type ScoredStory } from './story-index.js';
import { norm, weighTerms, type TermVector } from './term-vector.js';
import { dayNumber, isWithinWindow } from './time-window.js';

/** What the assigner needs of a report. */
export interface StoryReport {
  readonly id: string;
  readonly text: string;
  readonly publishedAt?: string | null;
  readonly title?: string | null;
}

/** Where a report went: its story id, whether that story was started by it, and the cosine that decided it. */
export interface StoryAssignment {
  readonly story: string;
  readonly isNew: boolean;
  readonly similarity: number;
}

export interface StoryAssigner {
  assign(report: StoryReport): StoryAssignment;
  snapshot(): AssignerState;
}

/** A candidate story met by a dated report: its id, the pair's features (join-features.ts) and the model's probability. */
export interface DatedCandidate {
  readonly story: string;
  readonly features: readonly number[];
  readonly probability: number;
}

/**
 * For fitting and measuring the dated decision (scripts/learn-cluster-join.ts), never persisted:
 * `model` replaces the shipped one; `decide` sees each dated report's candidates and may name the
 * story to join (any held story, by id), null for a new one, or undefined to let the model decide.
 */
export interface AssignerHooks {
  readonly model?: JoinModel;
  readonly decide?: (report: StoryReport, candidates: readonly DatedCandidate[]) => string | null | undefined;
}

interface Story {
  readonly id: string;
  readonly number: number;
  size: number;
  lastDay: number | null;
  centroid: Map<string, number>;
}

/**
 * Single-pass clustering over tf-idf centroids (Allan et al. 1998, TDT): each report is scored
 * against the centroids of stories it shares terms with (through an inverted index) and joins the
 * best if its cosine reaches the threshold, or if it reaches the grey band (0.15) and shares 3+ rare
 * terms (idf >= 7) with it. Reports with fewer than 3 content terms stand alone. Runs of
 * capitalised words in the body count as extra terms (name-terms.ts). A dated report is decided
 * instead by the join model (join-model.ts): the candidate of highest probability over stream-idf
 * cosine, shared rare names and the day gap, if it reaches the model's threshold. Options default
 * to the `DEFAULT_*` values in assigner-options.ts (threshold 0.21, 120 report terms, 200 story
 * terms, 365-day window).
 * Story ids are `s-1`, `s-2`, ... in order of creation, so the same stream always gives the same ids.
 */
export function createStoryAssigner(options: AssignerOptionsInput = {}, hooks: AssignerHooks = {}): StoryAssigner {
  const resolved = assignerOptionsSchema.parse(options);
  return buildAssigner({ version: ASSIGNER_STATE_VERSION, options: resolved, nextNumber: 1, latestDay: null, stories: [], fingerprints: [] }, hooks);
}

/** Resumes an assigner from a snapshot; it then assigns exactly as the one snapshotted would have. Throws a zod error on a malformed state. */
export function restoreStoryAssigner(state: unknown, hooks: AssignerHooks = {}): StoryAssigner {
  return buildAssigner(assignerStateSchema.parse(state), hooks);
}

function buildAssigner(state: AssignerState, hooks: AssignerHooks): StoryAssigner {
  const options: AssignerOptions = state.options;
  const model = hooks.model ?? SHIPPED_JOIN_MODEL;
  const idf = createIdf();
  const index = new StoryIndex();
  const stories = new Map<number, Story>();
  const fingerprints = new Map<string, number>(state.fingerprints);
  let nextNumber = state.nextNumber;
  let latestDay = state.latestDay;

  for (const saved of state.stories) {
    const story: Story = { id: saved.id, number: saved.number, size: saved.size, lastDay: saved.lastDay, centroid: new Map(saved.centroid) };
    stories.set(story.number, story);
    index.put({ number: story.number, centroid: story.centroid, norm: norm(story.centroid) });
  }

  /** Drops stories quiet for two windows before the newest date seen: no report that recent can join them, and state stays bounded. */
  function evictBefore(day: number): void {
    const horizon = day - 2 * options.windowDays;
    const gone = new Set<number>();
    for (const story of stories.values()) {
      if (story.lastDay !== null && story.lastDay < horizon) gone.add(story.number);
    }
    if (gone.size === 0) return;
    for (const number of gone) {
      stories.delete(number);
      index.remove(number);
    }
    for (const [fingerprint, number] of fingerprints) if (gone.has(number)) fingerprints.delete(fingerprint);
  }

  function join(story: Story, day: number | null): void {
    story.size += 1;
    if (day !== null && (story.lastDay === null || day > story.lastDay)) story.lastDay = day;
  }

  const frequencies: StoryFrequencies = { get stories() { return index.size; }, of: (term) => index.storyFrequency(term) };

  /** The dated decision: the candidate the join model finds most probable, if it reaches the model's threshold. */
  function chooseDated(report: StoryReport, vector: TermVector, day: number, scored: readonly ScoredStory[]): ScoredStory | null {
    const view = viewReport(vector, day, frequencies, (term) => idf(term) >= options.rareIdf);
    const candidates: (DatedCandidate & ScoredStory)[] = [];
    for (const s of scored) {
      const story = stories.get(s.number);
      if (story === undefined) continue;
      const features = joinFeatures(view, story, index.norm(s.number), s.similarity);
      candidates.push({ ...s, story: story.id, features, probability: joinProbability(features, model) });
    }
    const forced = hooks.decide?.(report, candidates);
    if (forced === null) return null;
    if (forced !== undefined) {
      const number = Number(forced.slice(2));
      return stories.has(number) ? { number, similarity: candidates.find((c) => c.number === number)?.similarity ?? 0 } : null;
    }
    let best: (typeof candidates)[number] | null = null;
    for (const c of candidates) {
      if (c.probability < model.threshold) continue;
      if (best === null || c.probability > best.probability || (c.probability === best.probability && c.number < best.number)) best = c;
    }
    return best === null ? null : { number: best.number, similarity: best.similarity };
  }

  function assign(report: StoryReport): StoryAssignment {
    const day = dayNumber(report.publishedAt ?? null);
    if (day !== null && (latestDay === null || day > latestDay)) {
      latestDay = day;
      evictBefore(day);
    }
    const fingerprint = fingerprintText(report.text);
    const seen = fingerprints.get(fingerprint);
    const twin = seen === undefined ? undefined : stories.get(seen);
    if (twin !== undefined) {
      join(twin, day);
      return { story: twin.id, isNew: false, similarity: 1 };
    }

    const body = stripFurniture(report.text);
    const words = reportTerms(body, report.title ?? null, options.titleWeight);
    if (words.size < options.minContentTerms) {
      // Nothing but web furniture, or a word or two (a stub, a caption): too little to match on, and
      // pooling every crawl notice into one story would merge unrelated reports. It stands alone, unindexed.
      const id = `s-${nextNumber}`;
      nextNumber += 1;
      return { story: id, isNew: true, similarity: 0 };
    }
    const vector = weighTerms(countNameRuns(body, words, options.nameWeight), idf, options.maxReportTerms);
    const scored = index.score(vector, options.probeTerms, options.maxCandidates, (number) => isWithinWindow(day, stories.get(number)?.lastDay ?? null, options.windowDays));
    let best: { readonly number: number; readonly similarity: number } | null;
    if (day !== null && options.datedJoin) {
      best = chooseDated(report, vector, day, scored);
    } else {
      const rare = rareTerms(vector, idf, options.rareIdf);
      const grey = { low: options.greyThreshold, hasEvidence: (number: number) => rare.length >= options.minRareShared && countShared(rare, stories.get(number)?.centroid ?? new Map()) >= options.minRareShared };
      best = chooseStory(scored, options.threshold, grey);
    }
    let story = best === null ? undefined : stories.get(best.number);
    const isNew = story === undefined;
    if (story === undefined) {
      story = { id: `s-${nextNumber}`, number: nextNumber, size: 0, lastDay: null, centroid: new Map() };
      nextNumber += 1;
      stories.set(story.number, story);
    }
    join(story, day);
    story.centroid = addToCentroid(story.centroid, vector, options.maxStoryTerms);
    index.put({ number: story.number, centroid: story.centroid, norm: norm(story.centroid) });
    fingerprints.set(fingerprint, story.number);
    return { story: story.id, isNew, similarity: best === null ? 0 : best.similarity };
  }

  function snapshot(): AssignerState {
    return {
      version: ASSIGNER_STATE_VERSION,
      options: { ...options },
      nextNumber,
      latestDay,
      stories: [...stories.values()].map((s) => ({ id: s.id, number: s.number, size: s.size, lastDay: s.lastDay, centroid: [...s.centroid] })),
      fingerprints: [...fingerprints],
    };
  }

  return { assign, snapshot };
}
