/** @module A SqlClient that runs everything inside one open transaction, so the SQL store's methods can join a transaction the caller holds (with its advisory locks). */
import type { SqlClient, SqlQueryable } from '../sql-client.js';

/**
 * `transaction(fn)` runs `fn` inline in the outer transaction: a failure aborts the whole outer
 * transaction, which is what a caller holding a lock for one unit of work wants.
 */
export function inlineClient(tx: SqlQueryable): SqlClient {
  return {
    query: (sql, params) => tx.query(sql, params),
    exec: async (sql) => {
      await tx.query(sql);
    },
    transaction: (fn) => fn(tx),
    close: async () => undefined,
  };
}
