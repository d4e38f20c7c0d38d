/** @module The store's one door: the interface, opening either driver (PGlite embedded, PostgreSQL), the advisory locks and transaction helpers the job workers share, SQL migrations: re-exports. */
export type { AddOutcome, Assignment, Feed, FeedPollUpdate, NewStoryVersion, QueuedUrl, ReportStatus, StatusCounts, Store, StoredReport, StorySummary, StoryVersion } from './store.js';
export type { SqlClient, SqlQueryable, SqlResult } from './sql-client.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { runMigrations } from './run-migrations.js';
export { createSqlStore } from './sql/sql-store.js';
export { openPgliteStore, hasStorePort, openStorePort, PGLITE_SUBDIR, type OpenOptions } from './pglite/open-pglite-store.js';
export { createPortSqlClient } from './pglite/worker-sql-client.js';
export { pendingReportsWith } from './sql/report-queries.js';
export { textHash, urlKey } from './dedupe-keys.js';
export { openStore, openPostgresStore, databaseUrl, DATABASE_URL_ENV } from './open-store.js';
export type { PostgresStore } from './postgres/open-postgres-store.js';
export { redactUrl } from './redact-url.js';
export { ASSIGN_LOCK, ASSIGN_OWNER_LOCK, FEED_LOCK_SPACE, FETCH_LOCK_SPACE, LOCK_SPACE, MIGRATION_LOCK, QUEUE_SETUP_LOCK, STORY_LOCK_SPACE, SWEEP_LOCK } from './postgres/advisory-locks.js';
export { AssignerConflictError, snapshotXmin } from './postgres/guard-assigner-state.js';
export { inlineClient } from './postgres/inline-client.js';
