/** @module SQL for assignments, stories and story versions. */
import { NewsbriefError } from '../../errors.js';
import { assignerRowSchema, countOnlyRowSchema, toStoredReport, toStorySummary, toStoryVersion } from '../rows.js';
import type { SqlQueryable } from '../sql-client.js';
import type { Assignment, NewStoryVersion, StoredReport, StorySummary, StoryVersion } from '../store.js';
import { REPORT_COLUMNS } from './report-queries.js';

const STORY_COLUMNS = 'id, title, created_at, last_report_at, report_count, independent_count, revision, built_revision, dirty_since, latest_version';

/**
 * A batch of assignments, to run inside one transaction with nothing else: reports leave `pending`
 * only here (each taking the next place in the order of assignment), so each is assigned exactly
 * once even if the process dies on either side of the commit. With `assignerState`, the snapshot
 * taken after the last of them is saved as covering every assignment so far; without (null), the
 * snapshot row is only touched (its updated_at, which also moves its xmin for the PostgreSQL
 * guards), and a restart replays the assignments after the snapshot (`assignedAfterSnapshot`).
 */
export async function recordAssignments(tx: SqlQueryable, assignments: readonly Assignment[], assignerState: unknown, now: string): Promise<StorySummary[]> {
  for (const a of assignments) await recordAssignment(tx, a);
  if (assignerState === null) {
    await tx.query('update assigner_state set updated_at = $1::timestamptz where id = 1', [now]);
  } else {
    await tx.query(
      `insert into assigner_state (id, state, updated_at, through_seq) values (1, $1::jsonb, $2::timestamptz, (select coalesce(max(assignment_seq), 0) from reports))
       on conflict (id) do update set state = excluded.state, updated_at = excluded.updated_at, through_seq = excluded.through_seq`,
      [JSON.stringify(assignerState), now],
    );
  }
  return storiesById(tx, [...new Set(assignments.map((a) => a.storyId))]);
}

/** Reports assigned after the saved snapshot, in the order they were assigned (all of them when there is no snapshot). */
export async function assignedAfterSnapshot(tx: SqlQueryable): Promise<StoredReport[]> {
  const result = await tx.query(
    `select ${REPORT_COLUMNS} from reports where status = 'assigned'
       and assignment_seq > coalesce((select through_seq from assigner_state where id = 1), 0) order by assignment_seq`,
  );
  return result.rows.map(toStoredReport);
}

/** How many assignments the saved snapshot lacks, or null when there is no snapshot yet. */
export async function assignmentsSinceSnapshot(tx: SqlQueryable): Promise<number | null> {
  const row = (
    await tx.query('select (select count(*) from reports r where r.assignment_seq > s.through_seq) as n from assigner_state s where s.id = 1')
  ).rows[0];
  return row === undefined ? null : countOnlyRowSchema.parse(row).n;
}

/** The stories with these ids as they stand (in this transaction), in no particular order. */
async function storiesById(tx: SqlQueryable, ids: readonly string[]): Promise<StorySummary[]> {
  const result = await tx.query(`select ${STORY_COLUMNS} from stories where id in (select jsonb_array_elements_text($1::jsonb))`, [JSON.stringify(ids)]);
  return result.rows.map(toStorySummary);
}

/** One report leaves `pending` for its story; the story's counts and revision move. */
async function recordAssignment(tx: SqlQueryable, a: Assignment): Promise<void> {
  const updated = await tx.query(
    `update reports set status = 'assigned', story_id = $2, similarity = $3, near_duplicate_of = $4, processed_at = $5::timestamptz,
       assignment_seq = nextval('assignment_seq') where id = $1 and status = 'pending'`,
    [a.reportId, a.storyId, a.similarity, a.nearDuplicateOf, a.now],
  );
  if (updated.affectedRows !== 1) {
    throw new NewsbriefError('BAD_INPUT', `Cannot assign report ${a.reportId}: expected it pending, found it assigned or missing`);
  }
  await tx.query(
    `insert into stories (id, title, created_at, last_report_at, report_count, independent_count, revision, dirty_since)
     values ($1, (select title from reports where id = $2), $3::timestamptz, $3::timestamptz, 1, $4, 1, $3::timestamptz)
     on conflict (id) do update set
       report_count = stories.report_count + 1,
       independent_count = stories.independent_count + excluded.independent_count,
       revision = stories.revision + 1,
       last_report_at = greatest(stories.last_report_at, excluded.last_report_at),
       dirty_since = coalesce(stories.dirty_since, excluded.dirty_since),
       title = coalesce(stories.title, excluded.title)`,
    [a.storyId, a.reportId, a.now, a.nearDuplicateOf === null ? 1 : 0],
  );
}

export async function loadAssignerState(tx: SqlQueryable): Promise<unknown | null> {
  const row = (await tx.query('select state from assigner_state where id = 1')).rows[0];
  return row === undefined ? null : assignerRowSchema.parse(row).state;
}

export async function listStories(tx: SqlQueryable, limit: number): Promise<StorySummary[]> {
  const result = await tx.query(`select ${STORY_COLUMNS} from stories order by last_report_at desc, created_at desc, id limit $1`, [limit]);
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
       dirty_since = case when revision > greatest(built_revision, $2) then $3::timestamptz else null end
     where id = $1`,
    [storyId, revision, now, version],
  );
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
