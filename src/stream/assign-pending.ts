/** @module Assigns pending reports to stories one by one, each assignment committed with the assigner's snapshot. */
import { createStoryAssigner, restoreStoryAssigner, type StoryAssigner } from './cluster/index.js';
import { findNearDuplicate } from './near-duplicate.js';
import { emit, nowIso, type StreamContext } from './stream-context.js';

/** Pending reports read per query. */
export const ASSIGN_BATCH = 50;

/** The assigner as last committed: restored from the store's snapshot, or new for an empty store. */
export async function loadAssigner(context: StreamContext): Promise<StoryAssigner> {
  const state = await context.store.loadAssignerState();
  return state === null ? createStoryAssigner() : restoreStoryAssigner(state);
}

/**
 * Assigns every pending report in arrival order and returns how many. The assigner lives in memory
 * between calls; it is only ever ahead of the store inside one assignment, and if that commit
 * fails it is reloaded from the store, so memory and store never disagree. A SIGKILL loses at
 * most the uncommitted assignment, which the restart redoes from the same snapshot.
 */
export async function assignPending(context: StreamContext, holder: { assigner: StoryAssigner | null }, signal?: AbortSignal): Promise<number> {
  holder.assigner ??= await loadAssigner(context);
  let assigned = 0;
  for (;;) {
    const batch = await context.store.pendingReports(ASSIGN_BATCH);
    if (batch.length === 0) return assigned;
    for (const pending of batch) {
      if (signal?.aborted === true) return assigned;
      const { report } = pending;
      try {
        const assignment = holder.assigner.assign({ id: pending.id, text: report.text, publishedAt: report.publishedAt, title: report.title });
        const siblings = assignment.isNew ? [] : await context.store.storyReports(assignment.story);
        const nearDuplicateOf = findNearDuplicate(report.text, siblings.map((s) => ({ id: s.id, text: s.report.text })));
        await context.store.recordAssignment({
          reportId: pending.id,
          storyId: assignment.story,
          isNewStory: assignment.isNew,
          similarity: assignment.similarity,
          nearDuplicateOf,
          assignerState: holder.assigner.snapshot(),
          now: nowIso(context),
        });
        assigned += 1;
        emit(context, { kind: 'assigned', id: pending.id, storyId: assignment.story, isNewStory: assignment.isNew, nearDuplicateOf });
      } catch (error) {
        holder.assigner = await loadAssigner(context);
        throw error;
      }
    }
  }
}
