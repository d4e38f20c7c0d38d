/** @module The store's SqlClient over a node-postgres pool: the same statements PGlite runs, on a PostgreSQL server. */
import pg from 'pg';
import type { SqlClient, SqlQueryable, SqlResult } from '../sql-client.js';

/**
 * Connections per process. A worker holds one for an assignment batch or a brief being built and
 * one or two for plain reads; pg-boss keeps its own pool. 10 (pg's default) leaves room for
 * `--concurrency 4` and stays far below PostgreSQL's default max_connections of 100 with 4 workers.
 */
export const DEFAULT_POOL_SIZE = 10;

/** int8 (counts, sequences) as JavaScript numbers, as PGlite returns them: our counts stay far below 2^53. */
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface PgClientOptions {
  readonly poolSize?: number;
  /** Shown in pg_stat_activity: workers put their pid there, so a lock holder can be traced to its process. */
  readonly applicationName?: string;
  /** Hears errors of idle connections (a server restart); without a listener pg would crash the process. */
  readonly onError?: (error: Error) => void;
}

function toResult(result: pg.QueryResult): SqlResult {
  return result.command === 'SELECT' || result.rowCount === null ? { rows: result.rows } : { rows: result.rows, affectedRows: result.rowCount };
}

/** A SqlClient whose every statement and transaction takes a connection from one pool. */
export function createPgClient(url: string, options: PgClientOptions = {}): SqlClient & { readonly pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? DEFAULT_POOL_SIZE, ...(options.applicationName === undefined ? {} : { application_name: options.applicationName }) });
  pool.on('error', (error) => options.onError?.(error));
  // Every connection keeps a listener for its whole life. pg's own listeners come and go (idle in the pool, once per
  // pool.query), and a server going away can send a checked-out or closing connection a second error, which
  // unheard would crash the process (seen: a worker killed by "terminating connection due to administrator
  // command" during a PostgreSQL restart). The error itself reaches the caller through the query that fails.
  pool.on('connect', (connection) => connection.on('error', () => {}));
  const on = (c: pg.Pool | pg.PoolClient): SqlQueryable => ({
    query: async (sql, params = []) => toResult(await c.query(sql, [...params])),
  });
  return {
    pool,
    ...on(pool),
    exec: async (sql) => {
      // No parameters: the simple protocol, which takes several statements at once.
      await pool.query(sql);
    },
    async transaction(fn) {
      const connection = await pool.connect();
      let isBroken = false;
      // A checked-out connection reports a lost server on itself, not on the pool; unheard, the error would crash the process.
      const onLost = (error: Error): void => {
        isBroken = true;
        options.onError?.(error);
      };
      connection.on('error', onLost);
      try {
        await connection.query('begin');
        const value = await fn(on(connection));
        await connection.query('commit');
        return value;
      } catch (error) {
        try {
          await connection.query('rollback');
        } catch {
          // The connection itself failed (server gone): do not give it back to the pool.
          isBroken = true;
        }
        throw error;
      } finally {
        // A broken connection is destroyed, not pooled: nothing else will listen to it, and a server that is going
        // away can still send it a second error while it closes, so it keeps this listener to the end.
        if (!isBroken) connection.off('error', onLost);
        connection.release(isBroken);
      }
    },
    close: () => pool.end(),
  };
}
