/**
 * @module Guards for processes that assign and build without the job queue (`add`, `serve` with its own
 * loop) while workers may do the same on the same database: an optimistic check on the assigner
 * snapshot, and the workers' per-story lock around saving a brief version.
 */
import { z } from 'zod';
import { recordAssignments, saveStoryVersion } from '../sql/story-queries.js';
import type { SqlClient, SqlQueryable } from '../sql-client.js';
import type { Store } from '../store.js';
import { ASSIGN_LOCK, LOCK_SPACE, STORY_LOCK_SPACE } from './advisory-locks.js';

/** Another process saved a snapshot after this one loaded its own: this batch would overwrite its assignments. */
export class AssignerConflictError extends Error {
  constructor() {
    super('Another process assigned reports since this one loaded the assigner; the batch was not saved (it is redone from the newer snapshot)');
    this.name = 'AssignerConflictError';
  }
}

const stateRow = z.object({ state: z.unknown(), xmin: z.string() });

/** The snapshot row's xmin: the id of the transaction that last wrote it, or null when there is none. */
export async function snapshotXmin(tx: SqlQueryable): Promise<string | null> {
  const row = (await tx.query('select xmin::text as xmin from assigner_state where id = 1')).rows[0];
  return row === undefined ? null : z.object({ xmin: z.string() }).parse(row).xmin;
}

/**
 * Wraps the store so `recordAssignments` commits only on top of the snapshot this process last
 * loaded or wrote (compared by the row's xmin, under the assignment advisory lock the workers take).
 * On a conflict it throws and `assignPending` reloads the assigner, so the batch is redone from the
 * newer snapshot: two processes never both save assignments made from one snapshot. A process that
 * never loaded the snapshot has no assigner to be stale and is not checked.
 */
export function guardAssignerState(store: Store, client: SqlClient): Store {
  let seen: string | null | undefined;
  return {
    ...store,
    async loadAssignerState() {
      const row = (await client.query('select state, xmin::text as xmin from assigner_state where id = 1')).rows[0];
      if (row === undefined) {
        seen = null;
        return null;
      }
      const parsed = stateRow.parse(row);
      seen = parsed.xmin;
      return parsed.state;
    },
    async recordAssignments(assignments, assignerState, now) {
      const { result, xmin } = await client.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, ASSIGN_LOCK]);
        if (seen !== undefined && (await snapshotXmin(tx)) !== seen) throw new AssignerConflictError();
        const recorded = await recordAssignments(tx, assignments, assignerState, now);
        return { result: recorded, xmin: await snapshotXmin(tx) };
      });
      seen = xmin;
      return result;
    },
    // Workers build and save a brief under its story's advisory lock (jobs/rebuild-locked.ts). A process
    // outside the queue (`add`, `watch`) waits for that lock before saving, so the two saves take
    // versions one after the other instead of both taking the next number and one failing on the key.
    async saveStoryVersion(version) {
      return client.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [STORY_LOCK_SPACE, version.storyId]);
        return saveStoryVersion(tx, version);
      });
    },
  };
}
