/** @module Runs a function while holding a transaction-scoped advisory lock, or not at all when another session holds it. */
import { z } from 'zod';
import type { SqlClient } from '../../store/index.js';

const lockRow = z.object({ ok: z.boolean() });

/**
 * Holds `pg_try_advisory_xact_lock(space, key)` in an otherwise empty transaction while
 * `fn` runs (on other connections): a fetch or a poll is done by one worker at a time. The lock goes
 * with the connection if the process dies. Returns false when the lock was taken.
 */
export async function withTryLock(client: SqlClient, space: number, key: string | number, fn: () => Promise<void>): Promise<boolean> {
  return client.transaction(async (tx) => {
    // A number is the key itself (one of advisory-locks.ts); a string (an id, a URL) is hashed to one.
    const sql = typeof key === 'number' ? 'select pg_try_advisory_xact_lock($1, $2::int) as ok' : 'select pg_try_advisory_xact_lock($1, hashtext($2)) as ok';
    const { ok } = lockRow.parse((await tx.query(sql, [space, key])).rows[0]);
    if (ok) await fn();
    return ok;
  });
}
