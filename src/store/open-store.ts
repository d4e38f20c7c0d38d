/** @module Picks the store: PostgreSQL when DATABASE_URL is set, the embedded PGlite directory otherwise. */
import type { PgClientOptions } from './postgres/pg-client.js';
import type { PostgresStore } from './postgres/open-postgres-store.js';
import type { Store } from './store.js';

/** The environment variable that switches every command to PostgreSQL. */
export const DATABASE_URL_ENV = 'DATABASE_URL';

/** The PostgreSQL URL to use, or null for the embedded store. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env[DATABASE_URL_ENV]?.trim() ?? '';
  return url === '' ? null : url;
}

/**
 * Opens the store `DATABASE_URL` names (postgres://...), else the embedded one in `dataDir`.
 * Each driver is loaded only when used: the pg module costs start-up time nobody else should pay.
 */
export async function openStore(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const url = databaseUrl(env);
  if (url !== null) {
    const { openPostgresStore } = await import('./postgres/open-postgres-store.js');
    return (await openPostgresStore(url)).store;
  }
  const { openPgliteStore } = await import('./pglite/open-pglite-store.js');
  return openPgliteStore(dataDir);
}

/** Opens the PostgreSQL store, loading the pg driver only when called (the embedded store's users never load it). */
export async function openPostgresStore(url: string, options?: PgClientOptions): Promise<PostgresStore> {
  const { openPostgresStore: open } = await import('./postgres/open-postgres-store.js');
  return open(url, options);
}
