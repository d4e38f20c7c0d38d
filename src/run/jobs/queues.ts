/** @module The job queues (pg-boss on the same PostgreSQL): their names, payloads, retry policy and dead letters. */
import type PgBoss from 'pg-boss';
import { z } from 'zod';

export const QUEUE = {
  pollFeed: 'newsbrief-poll-feed',
  fetchPage: 'newsbrief-fetch-page',
  assign: 'newsbrief-assign',
  rebuildBrief: 'newsbrief-rebuild-brief',
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

/** Where a job lands after its last retry fails: kept for a person to read (`select * from pgboss.job where name = ...`). */
export const DEAD_LETTER_QUEUE = 'newsbrief-dead-letter';

export const pollFeedData = z.object({ url: z.string().min(1) });
export const fetchPageData = z.object({ reportId: z.string().min(1) });
export const assignData = z.object({});
export const rebuildBriefData = z.object({ storyId: z.string().min(1) });

/**
 * Retries after an unexpected failure (database gone, a bug): 2, 4, 8, 16, 32 s with pg-boss's
 * backoff, so a PostgreSQL restart of up to about a minute is ridden out before a job is
 * dead-lettered. Expected failures (a 404, a page that is not an article) are not job failures:
 * the stream records them in the report's state, with its own retry schedule for fetches.
 */
export const DEFAULT_RETRY_LIMIT = 5;
export const DEFAULT_RETRY_DELAY_S = 2;
/**
 * A job still active this long after it started is failed and retried (its worker was killed or
 * cut off). The slowest job, a 40-report brief or a 100-report assignment batch, takes seconds;
 * two minutes leaves a wide margin. The state tables make recovery faster than this anyway: the
 * sweep re-enqueues pending work without waiting for the dead job to expire.
 */
export const DEFAULT_EXPIRE_S = 120;

/**
 * `short`: at most one job waiting per key (a story, a report, a feed, or the single assignment
 * key), any number running. Sending while one waits is a no-op, so the sweep and every handler can
 * send freely; exclusion while running comes from advisory locks, not from the queue. Every job
 * must carry a key: keyless jobs all share the empty key, so only one of them could wait.
 */
export function queueOptions(name: QueueName): PgBoss.Queue {
  return {
    name,
    policy: 'short',
    retryLimit: DEFAULT_RETRY_LIMIT,
    retryDelay: DEFAULT_RETRY_DELAY_S,
    retryBackoff: true,
    expireInSeconds: DEFAULT_EXPIRE_S,
    deadLetter: DEAD_LETTER_QUEUE,
  };
}

/** The single key of the assignment queue: one waiting assignment job is enough for any number of pending reports. */
export const ASSIGN_KEY = 'assign';

/** Creates the queues that are missing (two workers starting at once may race: a lost race is not an error). */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  const wanted: PgBoss.Queue[] = [{ name: DEAD_LETTER_QUEUE, policy: 'standard' }, ...Object.values(QUEUE).map(queueOptions)];
  for (const queue of wanted) {
    if ((await boss.getQueue(queue.name)) !== null) continue;
    try {
      await boss.createQueue(queue.name, queue);
    } catch (error) {
      if ((await boss.getQueue(queue.name)) === null) throw error;
    }
  }
}
