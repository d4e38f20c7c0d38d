/** @module The store: one interface, an embedded PGlite implementation, SQL migrations: re-exports. */
export type { AddOutcome, Assignment, Feed, FeedPollUpdate, NewStoryVersion, QueuedUrl, ReportStatus, StatusCounts, Store, StoredReport, StorySummary, StoryVersion } from './store.js';
export type { SqlClient, SqlQueryable, SqlResult } from './sql-client.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { runMigrations } from './run-migrations.js';
export { createSqlStore } from './sql/sql-store.js';
export { openPgliteStore, PGLITE_SUBDIR, type OpenOptions } from './pglite/open-pglite-store.js';
export { textHash, urlKey } from './dedupe-keys.js';
export { openStore, databaseUrl, DATABASE_URL_ENV } from './open-store.js';
