/** @module The live stream's steps (add, fetch, assign, rebuild briefs, poll feeds, version changes); run/ drives them: re-exports. */
export { addInputs, isUrlInput, type AddSummary } from './add-inputs.js';
export { assignPending, loadAssigner, ASSIGN_BATCH, SNAPSHOT_EVERY } from './assign-pending.js';
export { briefDueAt, isBriefDue, DEFAULT_MAX_WAIT_MS, DEFAULT_QUIET_MS, type DebounceOptions } from './brief-due.js';
export { fetchQueued, DEFAULT_MAX_FETCH_ATTEMPTS, DEFAULT_RETRY_BASE_MS } from './fetch-queued.js';
export { pollFeeds, type PollSummary } from './poll-feeds.js';
export { rebuildBriefs, DEFAULT_MAX_BRIEF_REPORTS, DEFAULT_BRIEF_RETRY_MS, type RebuildOptions } from './rebuild-briefs.js';
export { emit, type StreamContext, type StreamEvent } from './stream-context.js';
export { versionChanges, figureKey, type VersionChanges, type FigureChange } from './version-changes.js';
export { BriefAbandonedError, type BuildBrief, type BuildBriefOptions } from './build-brief.js';
