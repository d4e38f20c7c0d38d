/** @module What each job does: it calls the stream's own step through a narrowed store, under the lock that step needs, then sends the follow-on jobs. */
import type PgBoss from 'pg-boss';
import type { ScheduleOptions } from '../../ingest/feed/index.js';
import { fetchQueued, pollFeeds, type RebuildOptions, type StreamContext } from '../../stream/index.js';
import { ASSIGN_OWNER_LOCK, FEED_LOCK_SPACE, FETCH_LOCK_SPACE, LOCK_SPACE, type SqlClient, type Store } from '../../store/index.js';
import { assignBatchLocked, type AssignerCache } from './assign-locked.js';
import { assignData, fetchPageData, pollFeedData, QUEUE, rebuildBriefData, type QueueName } from './queues.js';
import { rebuildStoryLocked } from './rebuild-locked.js';
import { oneFeedStore, oneFetchStore } from './store-views.js';
import { assignJob, fetchJob, rebuildJob, DEFAULT_SWEEP_FETCH_LIMIT } from './sweep.js';
import { withTryLock } from './with-try-lock.js';
import type { WorkerStats } from './worker-stats.js';

/** A story whose brief another worker is building, or an assignment another worker owns, is looked at again this much later. */
export const BUSY_RETRY_MS = 2_000;

/**
 * How long the assignment owner keeps the role after the pending reports run out. Reports arrive
 * in a trickle while a stream is ingested; releasing at every empty moment let ownership hop
 * between workers, each hop restoring the whole snapshot. One idle second is nothing to a worker.
 */
export const ASSIGN_LINGER_MS = 1_000;
/** Pause between looks for new pending reports while lingering. */
export const ASSIGN_IDLE_POLL_MS = 100;

export interface HandlerDeps {
  readonly client: SqlClient;
  readonly store: Store;
  readonly context: StreamContext;
  readonly boss: Pick<PgBoss, 'insert'>;
  readonly rebuild: RebuildOptions;
  readonly schedule: ScheduleOptions;
  /** Reports per assignment batch. Default ASSIGN_BATCH. */
  readonly assignBatch?: number;
  /** Set when the worker is stopping: the assignment loop ends after its current batch. */
  readonly isStopping: () => boolean;
  /** Where the assignment lock's wait and hold times are added up. */
  readonly stats?: WorkerStats;
}

type Handler = (data: unknown) => Promise<void>;

export function createHandlers(deps: HandlerDeps): Readonly<Record<QueueName, Handler>> {
  const { client, store, context, boss } = deps;
  const cache: AssignerCache = { assigner: null, xmin: null };

  async function sendRebuilds(storyIds: readonly string[], notBefore?: Date): Promise<void> {
    const jobs = [];
    for (const id of storyIds) {
      const story = await store.getStory(id);
      const job = story === null ? null : rebuildJob(story, deps.rebuild, notBefore);
      if (job !== null) jobs.push(job);
    }
    if (jobs.length > 0) await boss.insert(jobs);
  }

  return {
    [QUEUE.pollFeed]: async (data) => {
      const { url } = pollFeedData.parse(data);
      await withTryLock(client, FEED_LOCK_SPACE, url, async () => {
        await pollFeeds({ ...context, store: oneFeedStore(store, url) }, deps.schedule);
      });
      const queued = await store.dueFetches(context.now().toISOString(), DEFAULT_SWEEP_FETCH_LIMIT);
      if (queued.length > 0) await boss.insert(queued.map((r) => fetchJob(r.id)));
    },
    [QUEUE.fetchPage]: async (data) => {
      const { reportId } = fetchPageData.parse(data);
      await withTryLock(client, FETCH_LOCK_SPACE, reportId, async () => {
        await fetchQueued({ ...context, store: oneFetchStore(store, reportId) });
      });
      if ((await store.getReport(reportId))?.status === 'pending') await boss.insert([assignJob()]);
    },
    [QUEUE.assign]: async (data) => {
      assignData.parse(data);
      // Batch after batch until nothing is pending, each its own locked transaction (a kill loses at
      // most the uncommitted batch), while owning the assignment: another worker's job finds the owner
      // lock taken and looks again a moment later, in case the owner has just finished.
      const isOwner = await withTryLock(client, LOCK_SPACE, ASSIGN_OWNER_LOCK, async () => {
        let idleSince: number | null = null;
        for (;;) {
          const batch = await assignBatchLocked(client, context, cache, deps.assignBatch, deps.stats);
          await sendRebuilds(batch.storyIds);
          if (deps.isStopping()) return;
          if (batch.assigned > 0) idleSince = null;
          else {
            idleSince ??= Date.now();
            if (Date.now() - idleSince >= ASSIGN_LINGER_MS) return;
            await context.sleep(ASSIGN_IDLE_POLL_MS);
          }
        }
      });
      if (!isOwner) await boss.insert([{ ...assignJob(), startAfter: new Date(context.now().getTime() + BUSY_RETRY_MS) }]);
    },
    [QUEUE.rebuildBrief]: async (data) => {
      const { storyId } = rebuildBriefData.parse(data);
      const outcome = await rebuildStoryLocked(client, context, storyId, deps.rebuild);
      // Still stale (not yet due, reports arrived during the build, or another worker holds it): look again when due.
      await sendRebuilds([storyId], outcome === 'busy' ? new Date(context.now().getTime() + BUSY_RETRY_MS) : undefined);
    },
  };
}
