/**
 * @module One story's brief rebuilt under a per-story advisory lock, in one transaction: two workers
 * never build the same brief at once (the second finds the lock taken and leaves it), and the
 * version is saved by the transaction that holds the lock.
 */
import { rebuildBriefs, type RebuildOptions, type StreamContext } from '../../stream/index.js';
import { createSqlStore, inlineClient, type SqlClient, STORY_LOCK_SPACE } from '../../store/index.js';
import { oneStoryStore } from './store-views.js';
import { z } from 'zod';

export type RebuildOutcome = 'rebuilt' | 'not-due' | 'busy';

const lockRow = z.object({ ok: z.boolean() });

/** Rebuilds the story's brief if it is due (debounce as in the stream); 'busy' when another worker holds the story. */
export async function rebuildStoryLocked(client: SqlClient, context: StreamContext, storyId: string, options: RebuildOptions): Promise<RebuildOutcome> {
  return client.transaction(async (tx) => {
    const { ok } = lockRow.parse((await tx.query('select pg_try_advisory_xact_lock($1, hashtext($2)) as ok', [STORY_LOCK_SPACE, storyId])).rows[0]);
    if (!ok) return 'busy';
    const store = oneStoryStore(createSqlStore(inlineClient(tx)), storyId);
    const looked = await rebuildBriefs({ ...context, store }, options);
    return looked > 0 ? 'rebuilt' : 'not-due';
  });
}
