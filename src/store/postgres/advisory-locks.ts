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
/** Lock space of per-story locks (key: hashtext(story id)), held while a story's brief is rebuilt. */
export const STORY_LOCK_SPACE = 0x6e63;
/** Lock space of per-report locks (key: hashtext(report id)), held while its page is fetched. */
export const FETCH_LOCK_SPACE = 0x6e64;
/** Lock space of per-feed locks (key: hashtext(feed URL)), held while it is polled. */
export const FEED_LOCK_SPACE = 0x6e65;
