/** @module SQL for assignments: a batch of them in a few set-based statements, and the assigner's snapshot with the assignments made since. */
import { NewsbriefError } from '../../errors.js';
import { assignerRowSchema, countOnlyRowSchema, idRowSchema, toStoredReport, toStorySummary } from '../rows.js';
import type { SqlQueryable } from '../sql-client.js';
import type { Headline } from '../../types.js';
import type { Assignment, StoredReport, StorySummary } from '../store.js';
import { REPORT_COLUMNS } from './report-queries.js';
import { STORY_COLUMNS } from './story-columns.js';

const seqRow = (row: unknown): number => countOnlyRowSchema.parse(row).n;

/**
 * A batch of assignments, to run inside one transaction with nothing else: reports leave `pending`
 * only here (each taking the next place in the order of assignment), so each is assigned exactly
 * once even if the process dies on either side of the commit, and a report that is no longer
 * pending refuses the whole batch. With `assignerState`, the snapshot taken after the last of them
 * is saved as covering every assignment so far; without (null), the snapshot row is only touched
 * (its updated_at, which also moves its xmin for the PostgreSQL guards), and a restart replays the
 * assignments after the snapshot (`assignedAfterSnapshot`). A handful of statements whatever the
 * batch size: two per report made a batch of 100 hold the store for 200 round trips.
 */
export async function recordAssignments(tx: SqlQueryable, assignments: readonly Assignment[], assignerState: unknown, now: string): Promise<StorySummary[]> {
  if (assignments.length > 0) {
    const ids = JSON.stringify(assignments.map((a) => a.reportId));
    const pending = new Set((await tx.query(`select id from reports where id in (select jsonb_array_elements_text($1::jsonb)) and status = 'pending'`, [ids])).rows.map((row) => idRowSchema.parse(row).id));
    const refused = assignments.find((a) => !pending.has(a.reportId));
    if (refused !== undefined) throw new NewsbriefError('BAD_INPUT', `Cannot assign report ${refused.reportId}: expected it pending, found it assigned or missing`);
    // Places in the order of assignment, taken in one go and handed out in the batch's order.
    const seqs = (await tx.query(`select nextval('assignment_seq') as n from generate_series(1, $1::int)`, [assignments.length])).rows.map(seqRow).sort((x, y) => x - y);
    const rows = assignments.map((a, i) => ({ id: a.reportId, story: a.storyId, similarity: a.similarity, copy_of: a.nearDuplicateOf, at: a.now, seq: seqs[i] }));
    const updated = await tx.query(
      `update reports r set status = 'assigned', story_id = a.story, similarity = a.similarity, near_duplicate_of = a.copy_of, processed_at = a.at, assignment_seq = a.seq
       from jsonb_to_recordset($1::jsonb) as a(id text, story text, similarity double precision, copy_of text, at timestamptz, seq bigint)
       where r.id = a.id and r.status = 'pending'`,
      [JSON.stringify(rows)],
    );
    if (updated.affectedRows !== assignments.length) throw new NewsbriefError('BAD_INPUT', `Cannot assign ${assignments.length} reports: only ${updated.affectedRows ?? 0} were still pending`);
    await addToStories(tx, assignments);
  }
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

/**
 * Each story's counts and revision move by its reports in the batch, as one row per report would
 * move them: a new story takes its first report's time; its title becomes the newest title in the
 * batch, and so does its headline, while a headline cut from a report's text only fills a missing one
 * (the brief's lead sentence replaces it when the brief is built).
 */
async function addToStories(tx: SqlQueryable, assignments: readonly Assignment[]): Promise<void> {
  const byStory = new Map<string, { story: string; reports: string[]; first_at: string; last_at: string; independent: number; headline: Headline | null }>();
  for (const a of assignments) {
    const entry = byStory.get(a.storyId) ?? { story: a.storyId, reports: [], first_at: a.now, last_at: a.now, independent: 0, headline: null };
    entry.reports.push(a.reportId);
    const headline = a.headline ?? null;
    if (headline !== null && (headline.kind === 'title' || entry.headline === null)) entry.headline = headline;
    if (Date.parse(a.now) > Date.parse(entry.last_at)) entry.last_at = a.now;
    if (a.nearDuplicateOf === null) entry.independent += 1;
    byStory.set(a.storyId, entry);
  }
  await tx.query(
    `insert into stories (id, title, headline, created_at, last_report_at, report_count, independent_count, revision, dirty_since)
     select a.story,
       (select r.title from jsonb_array_elements_text(a.reports) with ordinality as e(id, k) join reports r on r.id = e.id where r.title is not null order by e.k desc limit 1),
       a.headline, a.first_at, a.last_at, jsonb_array_length(a.reports), a.independent, jsonb_array_length(a.reports), a.first_at
     from jsonb_to_recordset($1::jsonb) as a(story text, reports jsonb, first_at timestamptz, last_at timestamptz, independent int, headline jsonb)
     on conflict (id) do update set
       report_count = stories.report_count + excluded.report_count,
       independent_count = stories.independent_count + excluded.independent_count,
       revision = stories.revision + excluded.revision,
       last_report_at = greatest(stories.last_report_at, excluded.last_report_at),
       dirty_since = coalesce(stories.dirty_since, excluded.dirty_since),
       title = coalesce(excluded.title, stories.title),
       headline = case when excluded.headline->>'kind' = 'title' or stories.headline is null then coalesce(excluded.headline, stories.headline) else stories.headline end`,
    [JSON.stringify([...byStory.values()])],
  );
}

/** The stories with these ids as they stand (in this transaction), in no particular order. */
async function storiesById(tx: SqlQueryable, ids: readonly string[]): Promise<StorySummary[]> {
  const result = await tx.query(`select ${STORY_COLUMNS} from stories where id in (select jsonb_array_elements_text($1::jsonb))`, [JSON.stringify(ids)]);
  return result.rows.map(toStorySummary);
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
  const row = (await tx.query('select (select count(*) from reports r where r.assignment_seq > s.through_seq) as n from assigner_state s where s.id = 1')).rows[0];
  return row === undefined ? null : countOnlyRowSchema.parse(row).n;
}

export async function loadAssignerState(tx: SqlQueryable): Promise<unknown | null> {
  const row = (await tx.query('select state from assigner_state where id = 1')).rows[0];
  return row === undefined ? null : assignerRowSchema.parse(row).state;
}
