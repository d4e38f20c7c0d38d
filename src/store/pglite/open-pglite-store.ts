/** @module The embedded store: PGlite (PostgreSQL compiled to WebAssembly) in a data directory, no server to start. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { createPglite } from './create-database.js';
import { NewsbriefError } from '../../errors.js';
import { runMigrations } from '../run-migrations.js';
import type { SqlClient, SqlQueryable } from '../sql-client.js';
import { createSqlStore } from '../sql/sql-store.js';
import type { Store } from '../store.js';
import { lockDataDir } from './data-dir-lock.js';
import { openWorkerSqlClient, type WorkerSqlClient } from './worker-sql-client.js';
import type { MessagePort } from 'node:worker_threads';

import { PGLITE_SUBDIR } from './pglite-subdir.js';

export { PGLITE_SUBDIR };

export interface OpenOptions {
  /** Keep the database in memory (tests); the directory then only holds the lock. Default false. */
  readonly inMemory?: boolean;
  /**
   * Run PGlite on a worker thread (worker-sql-client.ts), so its synchronous WebAssembly and file
   * writes stay off this thread: the server's choice. Default false (commands and tests).
   */
  readonly inWorker?: boolean;
}

/**
 * What PGlite threw, in words: a damaged directory makes its file system throw an Emscripten
 * ErrnoError, which has an errno and no message ("Cannot open ...: undefined" before).
 */
function describeCause(cause: unknown): string {
  if (cause instanceof Error && cause.message !== '') return cause.message;
  const { name, errno, message } = (typeof cause === 'object' && cause !== null ? cause : {}) as { name?: unknown; errno?: unknown; message?: unknown };
  if (typeof message === 'string' && message !== '') return message;
  return typeof errno === 'number' ? `${String(name ?? 'file system error')} ${errno}` : String(cause);
}

function wrap(db: PGlite, release: () => void): SqlClient {
  const queryable = (q: Pick<PGlite, 'query'>): SqlQueryable => ({
    query: async (sql, params = []) => {
      const result = await q.query(sql, [...params]);
      return result.affectedRows === undefined ? { rows: result.rows } : { rows: result.rows, affectedRows: result.affectedRows };
    },
  });
  return {
    ...queryable(db),
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    close: async () => {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * Opens (creating when needed) the store in `dir`, locks it for this process and migrates it.
 * The first open of a new directory runs initdb, which takes a few seconds (create-database.ts keeps a copy).
 */
export async function openPgliteStore(dir: string, options: OpenOptions = {}): Promise<Store> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    throw new NewsbriefError('BAD_OPTION', `Cannot create the data directory ${dir}: ${(cause as Error).message}`, { path: dir, cause });
  }
  const release = lockDataDir(dir);
  if (options.inWorker === true) return openInWorker(dir, options, release);
  let db: PGlite;
  try {
    ({ db } = await createPglite(options.inMemory === true ? null : join(dir, PGLITE_SUBDIR)));
  } catch (cause) {
    release();
    throw new NewsbriefError('BAD_INPUT', `Cannot open the database in ${dir}: expected a PGlite database in ${join(dir, PGLITE_SUBDIR)}, found one it cannot open (${describeCause(cause)})`, { path: dir, cause });
  }
  const client = wrap(db, release);
  try {
    await runMigrations(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  return createSqlStore(client);
}

/** Stores opened with `inWorker`, and their clients: another thread may ask for a port to the same PGlite. */
const workerClients = new WeakMap<Store, WorkerSqlClient>();

/**
 * A port to the worker thread behind a store opened with `inWorker` (null for any other store): the
 * server's assignment thread reads and writes through it (`createPortSqlClient`, then `createSqlStore`).
 */
export function openStorePort(store: Store): MessagePort | null {
  return workerClients.get(store)?.openPort() ?? null;
}

/** Whether `openStorePort` can give a port for this store. */
export function hasStorePort(store: Store): boolean {
  return workerClients.has(store);
}

async function openInWorker(dir: string, options: OpenOptions, release: () => void): Promise<Store> {
  let client: WorkerSqlClient;
  try {
    client = await openWorkerSqlClient(options.inMemory === true ? null : join(dir, PGLITE_SUBDIR), release);
  } catch (cause) {
    release();
    throw new NewsbriefError('BAD_INPUT', `Cannot open the database in ${dir}: expected a PGlite database in ${join(dir, PGLITE_SUBDIR)}, found one it cannot open (${describeCause(cause)})`, { path: dir, cause });
  }
  try {
    await runMigrations(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  const store = createSqlStore(client);
  workerClients.set(store, client);
  return store;
}
