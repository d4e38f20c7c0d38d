/** @module The little of a PostgreSQL client the store needs, so PGlite and a pg pool can both stand behind it. */

export interface SqlResult {
  readonly rows: readonly unknown[];
  /** Rows changed by an INSERT, UPDATE or DELETE. */
  readonly affectedRows?: number;
}

/** Runs one parameterised statement (`$1`, `$2`, ...). */
export interface SqlQueryable {
  query(sql: string, params?: readonly unknown[]): Promise<SqlResult>;
}

export interface SqlClient extends SqlQueryable {
  /** Runs several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: all of it is committed, or none of it if `fn` throws or the process dies. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
