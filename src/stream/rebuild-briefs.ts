/** @module Rebuilds the briefs of stale stories once due (debounced), each as a new version with what changed. */
import { z } from 'zod';
import { brief, DEFAULT_MAX_WORDS } from '../brief/index.js';
import { isNewsbriefError, unexpectedMessage } from '../errors.js';
import type { StorySummary } from '../store/index.js';
import { isBriefDue, type DebounceOptions } from './brief-due.js';
import { BriefAbandonedError } from './build-brief.js';
import { briefReports } from './brief-reports.js';
import { emit, nowIso, type StreamContext } from './stream-context.js';
import { storyHeadline } from './story-headline.js';
import { versionChanges } from './version-changes.js';

/** The part of a kept (stored) brief the headline reads; anything else in it is the analyze stage's. */
const keptSummarySchema = z.object({ summary: z.array(z.object({ text: z.string(), sources: z.array(z.object({ report: z.string(), start: z.number(), end: z.number() })) })) });

/**
 * Most independent reports one brief reads (the newest ones). The summarizer's cost grows with
 * the sentences it weighs; a story followed for weeks would otherwise slow every rebuild.
 */
export const DEFAULT_MAX_BRIEF_REPORTS = 40;

/**
 * Wait before retrying a brief whose build ran past its time budget, doubled after each failure in a row
 * (1, 2, 4, 8 minutes), and the failures after which the story waits for its next report instead: a build
 * that keeps timing out is not the machine's passing load but the story, and retrying it costs a thread
 * for a whole budget each time.
 */
export const DEFAULT_BRIEF_RETRY_MS = 60_000;
export const DEFAULT_BRIEF_ATTEMPTS = 5;

export interface RebuildOptions extends DebounceOptions {
  /** Rebuild every stale story now, due or not (the end of `add` and `poll`). Default false. */
  readonly force?: boolean;
  /** Word budget of each summary. Default DEFAULT_MAX_WORDS. */
  readonly maxWords?: number;
  /** Time budget of each brief (on a brief pool; `brief()` on this thread cannot be interrupted). Default the pool's, DEFAULT_BRIEF_BUDGET_MS. */
  readonly budgetMs?: number;
  /** First wait before retrying a brief that ran out of time, doubled after each failure. Default DEFAULT_BRIEF_RETRY_MS. */
  readonly retryMs?: number;
}

async function rebuildStory(context: StreamContext, story: StorySummary, maxWords: number, budgetMs: number | undefined): Promise<void> {
  const reports = await context.store.storyReports(story.id);
  const previous = await context.store.storyVersion(story.id);
  const reportIds = reports.map((r) => r.id);
  // One report per source, of a re-sent or updated wire report its newest version (brief-reports.ts).
  const independent = briefReports(reports, DEFAULT_MAX_BRIEF_REPORTS);
  const nearDuplicates = new Map(reports.flatMap((r) => (r.nearDuplicateOf === null ? [] : [[r.id, r.nearDuplicateOf] as const])));
  const previousIds = new Set(previous?.reportIds ?? []);
  // Only near copies that replace no version arrived (trims, older versions): the brief would read the same reports, so the previous one is kept.
  const isRebuilt = previous === null || independent.some((r) => !previousIds.has(r.id));
  const built = isRebuilt ? await (context.buildBrief ?? brief)(independent.map((r) => r.report), { maxWords, ...(budgetMs === undefined ? {} : { budgetMs }) }) : null;
  const next = built ?? previous?.brief;
  const kept = keptSummarySchema.safeParse(next);
  const headline = storyHeadline(reports.map((r) => r.report), built?.summary ?? (kept.success ? kept.data.summary : []));
  const changes = versionChanges({ previous, reportIds, nearDuplicates, brief: next, isBriefRebuilt: isRebuilt });
  if (changes.newReports.length === 0 && previous !== null) {
    // The version already holds these reports (read after `story.revision`, while assignment went on):
    // only the story's built revision moves. The event says so with the same version number.
    await context.store.markStoryBuilt(story.id, story.revision, nowIso(context));
    const after = await context.store.getStory(story.id);
    emit(context, { kind: 'brief', storyId: story.id, version: previous.version, reports: reportIds.length, ...(after === null ? {} : { story: after }) });
    return;
  }
  const saved = await context.store.saveStoryVersion({ storyId: story.id, revision: story.revision, reportIds, brief: next, changes, now: nowIso(context), headline });
  const after = await context.store.getStory(story.id);
  emit(context, { kind: 'brief', storyId: story.id, version: saved.version, reports: reportIds.length, saved, ...(after === null ? {} : { story: after }) });
}

const isAborted = (signal: AbortSignal | undefined): boolean => signal?.aborted === true;

/** Rebuilds the due (or, with `force`, all) stale stories; returns how many were looked at. */
export async function rebuildBriefs(context: StreamContext, options: RebuildOptions = {}, signal?: AbortSignal): Promise<number> {
  const now = context.now();
  const due = (await context.store.dirtyStories()).filter((s) => options.force === true || isBriefDue(s, now, options));
  let done = 0;
  for (const story of due) {
    if (signal?.aborted === true) break;
    try {
      await rebuildStory(context, story, options.maxWords ?? DEFAULT_MAX_WORDS, options.budgetMs);
    } catch (error) {
      // (A call, not `signal?.aborted`: TypeScript keeps the loop head's narrowing across the await.)
      if (!isNewsbriefError(error) && isAborted(signal)) throw error;
      // The process is stopping: the story stays stale, for whoever runs next.
      if (error instanceof BriefAbandonedError) throw error;
      // Marked built so a story whose reports cannot be summarised is not retried in a hot loop; its next report
      // retries. An unexpected error (a bug on this story's text) is the story's failure too: thrown on, it stopped
      // every other story's rebuild, since the restarted pass met the same story first. A build past its time
      // budget may pass on a less busy machine: retried with backoff, then given up like the others.
      const message = isNewsbriefError(error) ? error.message : `internal error (${unexpectedMessage(error)})`;
      const isRetried = isNewsbriefError(error) && error.code === 'TIMEOUT' && story.briefFailures + 1 < DEFAULT_BRIEF_ATTEMPTS;
      const retryAt = isRetried ? new Date(context.now().getTime() + (options.retryMs ?? DEFAULT_BRIEF_RETRY_MS) * 2 ** story.briefFailures).toISOString() : null;
      try {
        await context.store.markStoryBriefFailed(story.id, { revision: story.revision, message, retryAt, now: nowIso(context) });
      } catch (storeError) {
        throw isNewsbriefError(error) ? storeError : error;
      }
      emit(context, { kind: 'brief-failed', storyId: story.id, message, retryAt });
    }
    done += 1;
  }
  return done;
}
