/** @module The stories table's columns as the row schema reads them, shared by the story and assignment queries (apart, so neither imports the other). */
export const STORY_COLUMNS = 'id, title, headline, created_at, last_report_at, report_count, independent_count, revision, built_revision, dirty_since, latest_version, brief_failures, brief_error, brief_retry_at';
