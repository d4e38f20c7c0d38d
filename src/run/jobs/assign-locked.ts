/**
 * @module One assignment batch under a transaction-scoped advisory lock: load the assigner state,
 * assign, record the assignments and the new state, all in one transaction. The online assigner is
 * sequential by nature (each report is compared with the stories as the previous reports left
 * them), so batches from different workers take turns instead of racing.
 */
import { assignPending, loadAssigner, ASSIGN_BATCH, type StreamContext, type StreamEvent } from '../../stream/index.js';
import type { StoryAssigner } from '../../cluster/index.js';
import { ASSIGN_LOCK, createSqlStore, inlineClient, LOCK_SPACE, snapshotXmin, type SqlClient } from '../../store/index.js';
import { oneBatchStore } from './store-views.js';
import type { WorkerStats } from './worker-stats.js';

/**
 * The assigner this worker last committed, with the xmin of the snapshot row its commit wrote. If
 * the row still has that xmin when the lock is next taken, nobody assigned since and the assigner
 * in memory is reused; otherwise it is restored from the row (restoring costs about as much as
 * saving: the snapshot is the whole assigner).
 */
export interface AssignerCache {
  assigner: StoryAssigner | null;
  xmin: string | null;
}

export interface BatchOutcome {
  readonly assigned: number;
  /** Stories that received reports: their briefs are due to be rebuilt. */
  readonly storyIds: readonly string[];
}

/** Assigns at most one batch of pending reports; the stream events are emitted only after the commit. */
export async function assignBatchLocked(client: SqlClient, context: StreamContext, cache: AssignerCache, batchSize = ASSIGN_BATCH, stats?: WorkerStats): Promise<BatchOutcome> {
  const events: StreamEvent[] = [];
  // Looked at before the lock: an owner lingering for new reports (handlers.ts) takes the lock only when
  // there is work, and never restores another worker's snapshot just to find nothing pending (1.5 s of
  // 2.5 s under the lock for a worker that assigned nothing, measured with two workers).
  if ((await context.store.pendingReports(1)).length === 0) return { assigned: 0, storyIds: [] };
  await preloadAssigner(client, context, cache);
  const asked = performance.now();
  let locked = asked;
  try {
    const outcome = await client.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, ASSIGN_LOCK]);
      locked = performance.now();
      const before = await snapshotXmin(tx);
      const holder = { assigner: before !== null && before === cache.xmin ? cache.assigner : null };
      const store = oneBatchStore(createSqlStore(inlineClient(tx)));
      const assigned = await assignPending({ ...context, store, onEvent: (event) => events.push(event) }, holder, undefined, batchSize);
      const after = assigned > 0 ? await snapshotXmin(tx) : before;
      return { assigned, assigner: holder.assigner, xmin: after };
    });
    cache.assigner = outcome.assigner;
    cache.xmin = outcome.xmin;
    if (stats !== undefined) {
      // Held from the lock's grant to the commit's reply: the transaction-scoped lock is released by the commit.
      stats.assign.lockWaitMs += locked - asked;
      stats.assign.lockHeldMs += performance.now() - locked;
      stats.assign.batches += outcome.assigned > 0 ? 1 : 0;
      stats.assign.reports += outcome.assigned;
    }
  } catch (error) {
    // The assigner in memory may be ahead of what was committed: drop it, the next batch restores the snapshot.
    cache.assigner = null;
    cache.xmin = null;
    throw error;
  }
  for (const event of events) context.onEvent?.(event);
  const storyIds = events.flatMap((e) => (e.kind === 'assigned' ? [e.storyId] : []));
  return { assigned: storyIds.length, storyIds: [...new Set(storyIds)] };
}

/**
 * Restores the assigner outside the lock when the cached one is not the last committed: a worker that
 * takes over the assignment (the owner went idle, or was killed) rebuilt the snapshot and replayed the
 * assignments since while holding the lock, and every other worker's batch waited for it (the lock was
 * held 6-7 s with two workers, 2.4-3.2 s with one, in bench:workers under load). Read in one
 * repeatable-read transaction, the state, the assignments since and the row's xmin belong together;
 * under the lock the xmin is compared as before, and a batch committed meanwhile means a restore there.
 */
async function preloadAssigner(client: SqlClient, context: StreamContext, cache: AssignerCache): Promise<void> {
  const loaded = await client.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    const xmin = await snapshotXmin(tx);
    if (xmin === null || (xmin === cache.xmin && cache.assigner !== null)) return null;
    return { assigner: await loadAssigner({ ...context, store: createSqlStore(inlineClient(tx)) }), xmin };
  });
  if (loaded !== null) {
    cache.assigner = loaded.assigner;
    cache.xmin = loaded.xmin;
  }
}
