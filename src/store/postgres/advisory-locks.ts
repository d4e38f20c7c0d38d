/**
 * @module The advisory lock keys newsbrief takes on PostgreSQL. Two-integer keys: the first names
 * newsbrief's lock space so other applications on the same database do not collide with ours.
 */

/** First half of every key: "nb" in ASCII (0x6e62). */
export const LOCK_SPACE = 0x6e62;

/** Held while migrations run, so two processes starting at once do not both migrate. */
export const MIGRATION_LOCK = 1;
/** Held (transaction-scoped) for one assignment batch: the online assigner is sequential. */
export const ASSIGN_LOCK = 2;
/** Held by the worker that sweeps the state tables for work to enqueue; the others skip their sweep. */
export const SWEEP_LOCK = 3;
/** Held while a worker creates the job queues: pg-boss's create_queue deadlocks when two run at once. */
export const QUEUE_SETUP_LOCK = 4;
/**
 * Held (transaction-scoped, on its own connection) by the worker whose assignment job is draining
 * the pending reports. Another worker's assignment job finds it taken and leaves the work to it, so
 * one worker keeps its assigner in memory instead of two alternating and restoring the snapshot
 * before every batch (measured: 974 reports took 8.8 s to assign with one worker, 30.5 s with two
 * alternating). Per-batch correctness is still ASSIGN_LOCK's.
 */
export const ASSIGN_OWNER_LOCK = 5;
/** Lock space of per-story locks (key: hashtext(story id)), held while a story's brief is rebuilt. */
export const STORY_LOCK_SPACE = 0x6e63;
/** Lock space of per-report locks (key: hashtext(report id)), held while its page is fetched. */
export const FETCH_LOCK_SPACE = 0x6e64;
/** Lock space of per-feed locks (key: hashtext(feed URL)), held while it is polled. */
export const FEED_LOCK_SPACE = 0x6e65;
