/** @module The PostgreSQL store: the SQL store and migrations PGlite runs, over a pg pool, migrated under an advisory lock. */
import { NewsbriefError } from '../../errors.js';
import { runMigrations } from '../run-migrations.js';
import type { SqlClient } from '../sql-client.js';
import { createSqlStore } from '../sql/sql-store.js';
import type { Store } from '../store.js';
import { LOCK_SPACE, MIGRATION_LOCK } from './advisory-locks.js';
import { guardAssignerState } from './guard-assigner-state.js';
import { redactUrl } from '../redact-url.js';
import { createPgClient, type PgClientOptions } from './pg-client.js';

export interface PostgresStore {
  readonly store: Store;
  /** The pool behind the store, for work that needs its own transaction and locks (the job handlers). */
  readonly client: SqlClient;
}

/**
 * Migrates while holding a transaction-scoped advisory lock on another connection: a second process
 * starting at the same moment waits, then finds every migration applied. (The lock's transaction
 * writes nothing; each migration still commits on its own.)
 */
export async function migrateLocked(client: SqlClient): Promise<number> {
  return client.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, MIGRATION_LOCK]);
    return runMigrations(client);
  });
}

/** Connects to `url` (postgres://...), migrates, and returns the store with its pool. */
export async function openPostgresStore(url: string, options: PgClientOptions = {}): Promise<PostgresStore> {
  const client = createPgClient(url, options);
  try {
    await migrateLocked(client);
  } catch (cause) {
    await client.close().catch(() => undefined);
    if (cause instanceof NewsbriefError) throw cause;
    throw new NewsbriefError('BAD_INPUT', `Cannot open the PostgreSQL database ${redactUrl(url)}: ${(cause as Error).message}`, { url: redactUrl(url), cause });
  }
  return { store: guardAssignerState(createSqlStore(client), client), client };
}
