/**
 * @module Turns the store's state into jobs: due feeds, due fetches, pending reports, stale stories.
 * The state tables stay the source of truth (docs/design-stream.md); jobs are how the work is shared
 * out. Handlers send their follow-on jobs at once; the sweep is the safety net that finds work whose
 * job was lost (a worker killed between its commit and its send, a send during a database restart).
 */
import type PgBoss from 'pg-boss';
import { briefDueAt, type DebounceOptions } from '../../stream/index.js';
import type { Store, StorySummary } from '../../store/index.js';
import { ASSIGN_KEY, QUEUE } from './queues.js';

/** Queued URLs turned into fetch jobs per sweep; the rest wait for the next sweep. */
export const DEFAULT_SWEEP_FETCH_LIMIT = 500;

export interface SweepCounts {
  readonly feeds: number;
  readonly fetches: number;
  readonly assign: boolean;
  readonly stories: number;
}

export const assignJob = (): PgBoss.JobInsert => ({ name: QUEUE.assign, data: {}, singletonKey: ASSIGN_KEY });

/** The rebuild job of a stale story, to start when its brief falls due (never before `notBefore`). */
export function rebuildJob(story: StorySummary, debounce: DebounceOptions, notBefore?: Date): PgBoss.JobInsert | null {
  const due = briefDueAt(story, debounce);
  if (due === null) return null;
  const startAfter = notBefore !== undefined && notBefore.getTime() > due.getTime() ? notBefore : due;
  return { name: QUEUE.rebuildBrief, data: { storyId: story.id }, singletonKey: story.id, startAfter };
}

export const fetchJob = (reportId: string): PgBoss.JobInsert => ({ name: QUEUE.fetchPage, data: { reportId }, singletonKey: reportId });
export const pollJob = (url: string): PgBoss.JobInsert => ({ name: QUEUE.pollFeed, data: { url }, singletonKey: url });

/**
 * Enqueues every piece of due work. Each job has a key and the queues keep one waiting job per key,
 * so sweeping twice (or from two workers) enqueues nothing twice.
 */
export async function sweep(store: Store, boss: Pick<PgBoss, 'insert'>, now: Date, debounce: DebounceOptions): Promise<SweepCounts> {
  const iso = now.toISOString();
  const feeds = await store.dueFeeds(iso);
  const fetches = await store.dueFetches(iso, DEFAULT_SWEEP_FETCH_LIMIT);
  const isPending = (await store.pendingReports(1)).length > 0;
  const stale = await store.dirtyStories();
  const jobs = [
    ...feeds.map((f) => pollJob(f.url)),
    ...fetches.map((r) => fetchJob(r.id)),
    ...(isPending ? [assignJob()] : []),
    ...stale.flatMap((s) => rebuildJob(s, debounce) ?? []),
  ];
  if (jobs.length > 0) await boss.insert(jobs);
  return { feeds: feeds.length, fetches: fetches.length, assign: isPending, stories: stale.length };
}
