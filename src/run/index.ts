/** @module What runs the pipeline's steps: one pass, the watch loop, the server's two loops, the assignment thread and the brief pool (the job-queue workers are jobs/index.ts): re-exports. */
export { openStream, sleep, type OpenedStream, type OpenStreamOptions } from './open-stream.js';
export { processPass, type AssignerHolder, type PassSummary } from './process-stream.js';
export { nextWake, watchStream, DEFAULT_MAX_IDLE_MS, MIN_IDLE_MS, type WatchOptions } from './watch-stream.js';
export { BriefAbandonedError, createBriefPool, DEFAULT_BRIEF_BUDGET_MS, DEFAULT_BRIEF_WORKERS, type BriefPool, type BuildBrief, type BuildBriefOptions } from './brief-pool.js';
export { createAssignThread } from './assign-thread.js';
export { startServeLoop, createWakeableSleep, type ServeLoop } from './serve-loop.js';
