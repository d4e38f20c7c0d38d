/** @module SQL for assignments, stories and story versions. */
import { NewsbriefError } from '../../errors.js';
import { toStorySummary, toStoryVersion } from '../rows.js';
import { briefSearchDocument } from '../migrations.js';
import type { SqlQueryable } from '../sql-client.js';
import type { NewStoryVersion, StorySummary, StoryVersion } from '../store.js';

import { STORY_COLUMNS } from './story-columns.js';

export { STORY_COLUMNS };

export { assignedAfterSnapshot, assignmentsSinceSnapshot, loadAssignerState, recordAssignments } from './assignment-queries.js';

export async function listStories(tx: SqlQueryable, limit: number): Promise<StorySummary[]> {
  const result = await tx.query(`select ${STORY_COLUMNS} from stories order by last_report_at desc, created_at desc, id limit $1`, [limit]);
  return result.rows.map(toStorySummary);
}

/**
 * The query as a tsquery: every word (letters and digits, two or more) must match, each also as a prefix
 * ("Alepp" finds Aleppo, as the page's search box asks while typing); null when it has no such word.
 */
export function searchTsQuery(query: string): string | null {
  const words = (query.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

/**
 * Stories matching every word of `query` in their headline or title (weight A), entity names and aliases
 * (B) or summary (C), best `ts_rank` first, then newest activity. A query without a word lists the stories
 * as `listStories` does.
 */
export async function searchStories(tx: SqlQueryable, query: string, limit: number): Promise<StorySummary[]> {
  const tsquery = searchTsQuery(query);
  if (tsquery === null) return listStories(tx, limit);
  const result = await tx.query(
    `select ${STORY_COLUMNS} from (
       select s.*, setweight(to_tsvector('english', concat_ws(' ', s.headline->>'text', s.title)), 'A') || coalesce(s.search_document, ''::tsvector) as document
       from stories s) as s, to_tsquery('english', $1) as q
     where s.document @@ q
     order by ts_rank(s.document, q) desc, s.last_report_at desc, s.created_at desc, s.id limit $2`,
    [tsquery, limit],
  );
  return result.rows.map(toStorySummary);
}

export async function getStory(tx: SqlQueryable, id: string): Promise<StorySummary | null> {
  const row = (await tx.query(`select ${STORY_COLUMNS} from stories where id = $1`, [id])).rows[0];
  return row === undefined ? null : toStorySummary(row);
}

export async function dirtyStories(tx: SqlQueryable): Promise<StorySummary[]> {
  const result = await tx.query(`select ${STORY_COLUMNS} from stories where revision > built_revision order by dirty_since, id`);
  return result.rows.map(toStorySummary);
}

async function markBuilt(tx: SqlQueryable, storyId: string, revision: number, now: string, version: number | null): Promise<void> {
  // Reports that arrived while the brief was being built leave the story dirty, from now.
  await tx.query(
    `update stories set built_revision = greatest(built_revision, $2),
       latest_version = coalesce($4, latest_version),
       dirty_since = case when revision > greatest(built_revision, $2) then $3::timestamptz else null end,
       brief_failures = 0, brief_error = null, brief_retry_at = null
     where id = $1`,
    [storyId, revision, now, version],
  );
}

export async function markStoryBriefFailed(
  tx: SqlQueryable,
  storyId: string,
  failure: { readonly revision: number; readonly message: string; readonly retryAt: string | null; readonly now: string },
): Promise<void> {
  if (failure.retryAt === null) {
    await markBuilt(tx, storyId, failure.revision, failure.now, null);
    await tx.query('update stories set brief_error = $2 where id = $1', [storyId, failure.message]);
    return;
  }
  await tx.query('update stories set brief_failures = brief_failures + 1, brief_error = $2, brief_retry_at = $3::timestamptz where id = $1', [storyId, failure.message, failure.retryAt]);
}

export async function saveStoryVersion(tx: SqlQueryable, v: NewStoryVersion): Promise<StoryVersion> {
  const story = await getStory(tx, v.storyId);
  if (story === null) throw new NewsbriefError('BAD_INPUT', `Cannot save a version of story ${v.storyId}: no such story`);
  const version = story.latestVersion + 1;
  const row = (
    await tx.query(
      `insert into story_versions (story_id, version, created_at, report_ids, brief, changes) values ($1, $2, $3::timestamptz, $4::jsonb, $5::jsonb, $6::jsonb)
       returning story_id, version, created_at, report_ids, brief, changes`,
      [v.storyId, version, v.now, JSON.stringify(v.reportIds), JSON.stringify(v.brief), JSON.stringify(v.changes)],
    )
  ).rows[0];
  await markBuilt(tx, v.storyId, v.revision, v.now, version);
  // Read from the row just written rather than sent again: a brief is tens of kilobytes of JSON.
  await tx.query(`update stories s set search_document = ${briefSearchDocument('v.brief')} from story_versions v where s.id = $1 and v.story_id = $1 and v.version = $2`, [v.storyId, version]);
  if (v.headline !== undefined && v.headline !== null) await tx.query('update stories set headline = $2::jsonb where id = $1', [v.storyId, JSON.stringify(v.headline)]);
  return toStoryVersion(row);
}

export async function markStoryBuilt(tx: SqlQueryable, storyId: string, revision: number, now: string): Promise<void> {
  await markBuilt(tx, storyId, revision, now, null);
}

export async function storyVersion(tx: SqlQueryable, storyId: string, version?: number): Promise<StoryVersion | null> {
  const result =
    version === undefined
      ? await tx.query('select story_id, version, created_at, report_ids, brief, changes from story_versions where story_id = $1 order by version desc limit 1', [storyId])
      : await tx.query('select story_id, version, created_at, report_ids, brief, changes from story_versions where story_id = $1 and version = $2', [storyId, version]);
  const row = result.rows[0];
  return row === undefined ? null : toStoryVersion(row);
}
