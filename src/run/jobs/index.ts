/** @module Work through a job queue (pg-boss on PostgreSQL) shared by any number of `newsbrief worker` processes: re-exports. */
export { startWorker, DEFAULT_SWEEP_MS, DEFAULT_WORKER_QUIET_MS, type RunningWorker, type WorkerOptions } from './start-worker.js';
export { sweep, type SweepCounts } from './sweep.js';
export { QUEUE, DEAD_LETTER_QUEUE, ensureQueues, type QueueName } from './queues.js';
export { assignBatchLocked, type AssignerCache } from './assign-locked.js';
export { rebuildStoryLocked } from './rebuild-locked.js';
