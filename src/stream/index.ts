/** @module The live stream: ingest, store, assign, debounced versioned briefs: re-exports. */
export { addInputs, isUrlInput, type AddSummary } from './add-inputs.js';
export { assignPending, loadAssigner, ASSIGN_BATCH, SNAPSHOT_EVERY } from './assign-pending.js';
export { briefDueAt, isBriefDue, DEFAULT_MAX_WAIT_MS, DEFAULT_QUIET_MS, type DebounceOptions } from './brief-due.js';
export { fetchQueued, DEFAULT_MAX_FETCH_ATTEMPTS, DEFAULT_RETRY_BASE_MS } from './fetch-queued.js';
export { containment, findNearDuplicate, shingles, DEFAULT_NEAR_DUPLICATE_CONTAINMENT } from '../cluster/near-duplicate.js';
export { openStream, sleep, type OpenedStream, type OpenStreamOptions } from '../run/open-stream.js';
export { pollFeeds, type PollSummary } from './poll-feeds.js';
export { processPass, type AssignerHolder, type PassSummary } from '../run/process-stream.js';
export { rebuildBriefs, DEFAULT_MAX_BRIEF_REPORTS, type RebuildOptions } from './rebuild-briefs.js';
export { emit, type StreamContext, type StreamEvent } from './stream-context.js';
export { versionChanges, figureKey, type VersionChanges, type FigureChange } from './version-changes.js';
export { nextWake, watchStream, DEFAULT_MAX_IDLE_MS, MIN_IDLE_MS, type WatchOptions } from '../run/watch-stream.js';
export { BriefAbandonedError, createBriefPool, DEFAULT_BRIEF_BUDGET_MS, DEFAULT_BRIEF_WORKERS, type BriefPool, type BuildBrief, type BuildBriefOptions } from '../run/brief-pool.js';
