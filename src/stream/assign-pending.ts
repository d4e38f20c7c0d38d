/** @module Assigns pending reports to stories in batches, each committed in one transaction; the assigner is snapshotted every SNAPSHOT_EVERY assignments and restored by replaying those since. */
import type { Assignment, StoredReport, StorySummary } from '../store/index.js';
import { createStoryAssigner, findNearCopy, type Fingerprint, fingerprint, insertInOrder, type NearCopyIndex, restoreStoryAssigner, type StoryAssigner } from '../cluster/index.js';
import { emit, nowIso, type StreamContext } from './stream-context.js';
import { storyHeadline } from './story-headline.js';

/**
 * Pending reports read per query and committed per transaction. When the snapshot was saved with
 * every batch, 400 reports took 52.4 s to assign with a save per report and 1.6 s with one per 50
 * (design-web.md, Measures); 100 halves the transactions again (not measured apart). A crash redoes
 * at most the one uncommitted batch.
 */
export const ASSIGN_BATCH = 100;

/**
 * Assignments between two saves of the assigner's snapshot. The snapshot is the whole assigner
 * (≈1.8 MB of JSON after 400 Multi-News reports, growing with the stream) and saving it with every
 * batch held ingest to 42 reports/s in bench:serve (docs/design-web.md, Measures); a restart
 * replays at most this many assignments instead (about 1 ms each, plus reading their texts).
 */
export const SNAPSHOT_EVERY = 1_000;

/**
 * Longest the assigner computes before it lets the thread do other work: in the server that thread
 * answers HTTP, and a batch of 100 assignments is 100-200 ms of CPU (bench:serve's reads target
 * 20 ms at p99). 4 ms: with 8 ms the read p99 was 22-36 ms in four runs, with 4 ms 16.6-49.3 ms
 * (two of four under 20 ms); one run each on shared cores (docs/design-web.md, Measures).
 */
export const ASSIGN_SLICE_MS = 4;

/** Resolves at once, or on the next turn of the event loop when the current slice is used up. */
function createYielder(sliceMs = ASSIGN_SLICE_MS): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    start = performance.now();
  };
}

/**
 * The assigner as last committed: the saved snapshot (or a new assigner) with the assignments made
 * since replayed in their order. Assignment is deterministic, so the replay lands each report in
 * the story it was recorded in; one that does not (the assignment rules changed between the save
 * and this start) is reported as skipped, and the recorded story stands.
 */
export async function loadAssigner(context: StreamContext): Promise<StoryAssigner> {
  const state = await context.store.loadAssignerState();
  const assigner = state === null ? createStoryAssigner() : restoreStoryAssigner(state);
  let moved = 0;
  const yieldSlice = createYielder();
  for (const stored of await context.store.assignedAfterSnapshot()) {
    await yieldSlice();
    const { report } = stored;
    if (assigner.assign({ id: stored.id, text: report.text, publishedAt: report.publishedAt, title: report.title }).story !== stored.storyId) moved += 1;
  }
  if (moved > 0) {
    emit(context, { kind: 'skipped', label: 'assigner', message: `${moved} replayed assignment(s) landed in another story than recorded: the assignment rules changed since the last snapshot` });
  }
  return assigner;
}

/**
 * Assigns every pending report in arrival order and returns how many. The assigner lives in memory
 * between calls; it is only ever ahead of the store inside one batch, and if that commit fails it
 * is reloaded from the store, so memory and store never disagree. A SIGKILL loses at most the
 * uncommitted batch: the restart restores the last snapshot, replays the committed assignments
 * since, and redoes that batch in the same order.
 */
export async function assignPending(
  context: StreamContext,
  /** `nearCopies`: stories' fingerprints kept between passes, only where this is the one process that assigns (the server's thread). */
  holder: { assigner: StoryAssigner | null; readonly nearCopies?: NearCopyIndex },
  signal?: AbortSignal,
  batchSize = ASSIGN_BATCH,
  snapshotEvery = SNAPSHOT_EVERY,
): Promise<number> {
  holder.assigner ??= await loadAssigner(context);
  const stopped = (): boolean => signal?.aborted === true;
  let assigned = 0;
  for (;;) {
    if (stopped()) return assigned;
    const batch = await context.store.pendingReports(batchSize);
    if (batch.length === 0) return assigned;
    const done: Assignment[] = [];
    let stories: readonly StorySummary[] = [];
    const candidates = new Map<string, Fingerprint[]>();
    try {
      // Reports assigned earlier in this batch are not in the store yet: each story's candidates
      // for near copies are read once (from the index, or the store) and then grow in memory, in
      // the store's order; the index takes them back only after the commit.
      const yieldSlice = createYielder();
      for (const pending of batch) {
        await yieldSlice();
        // Stopping early still commits what was assigned, so the snapshot matches the store.
        if (stopped()) break;
        const { report } = pending;
        const assignment = holder.assigner.assign({ id: pending.id, text: report.text, publishedAt: report.publishedAt, title: report.title });
        let siblings = candidates.get(assignment.story);
        if (siblings === undefined) {
          const held = assignment.isNew ? [] : holder.nearCopies?.get(assignment.story);
          siblings = held !== undefined ? [...held] : (await context.store.storyReports(assignment.story)).map((s) => fingerprint(s.id, s.report.text));
          candidates.set(assignment.story, siblings);
        }
        const own = fingerprint(pending.id, report.text);
        const nearDuplicateOf = findNearCopy(own, siblings);
        insertInOrder(siblings, own);
        done.push({
          reportId: pending.id,
          storyId: assignment.story,
          isNewStory: assignment.isNew,
          similarity: assignment.similarity,
          nearDuplicateOf,
          now: nowIso(context),
          // Until the story's first brief: a story whose report has no title is still called something.
          headline: storyHeadline([report], []),
        });
      }
      if (done.length > 0) {
        const since = await context.store.assignmentsSinceSnapshot();
        const isSnapshotDue = since === null || since + done.length >= snapshotEvery;
        stories = await context.store.recordAssignments(done, isSnapshotDue ? holder.assigner.snapshot() : null, nowIso(context));
      }
    } catch (error) {
      holder.assigner = await loadAssigner(context);
      throw error;
    }
    assigned += done.length;
    for (const [storyId, siblings] of candidates) holder.nearCopies?.set(storyId, siblings);
    const byId = new Map(stories.map((s) => [s.id, s]));
    const reports = new Map(batch.map((p) => [p.id, p]));
    for (const a of done) {
      const pending = reports.get(a.reportId);
      const report: StoredReport | undefined = pending === undefined ? undefined : { ...pending, status: 'assigned', storyId: a.storyId, similarity: a.similarity, nearDuplicateOf: a.nearDuplicateOf };
      const story = byId.get(a.storyId);
      emit(context, {
        kind: 'assigned',
        id: a.reportId,
        storyId: a.storyId,
        isNewStory: a.isNewStory,
        nearDuplicateOf: a.nearDuplicateOf,
        ...(report === undefined ? {} : { report }),
        ...(story === undefined ? {} : { story }),
      });
    }
  }
}
