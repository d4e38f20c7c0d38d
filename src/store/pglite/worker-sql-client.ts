/**
 * @module A SqlClient whose PGlite runs on a worker thread (pglite-worker.ts). PGlite executes on
 * the thread that calls it; in `serve` its statements, WAL writes and checkpoints were most of the
 * HTTP thread's busy time (docs/design-web.md, Measures). Here that thread only posts messages.
 */
import { Worker } from 'node:worker_threads';
import type { SqlClient, SqlQueryable, SqlResult } from '../sql-client.js';

type RequestBody =
  | { readonly op: 'query'; readonly sql: string; readonly params: readonly unknown[] }
  | { readonly op: 'exec'; readonly sql: string }
  | { readonly op: 'close' };

export type WorkerRequest = RequestBody & { readonly id: number };

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly rows: readonly unknown[]; readonly affectedRows?: number }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly code: string | null };

/** PostgreSQL's error, as thrown by PGlite on the worker: its message and SQLSTATE code. */
export class WorkerSqlError extends Error {
  readonly code: string | null;
  constructor(message: string, code: string | null) {
    super(message);
    this.name = 'WorkerSqlError';
    this.code = code;
  }
}

/**
 * Starts the worker on `path` (null: in memory) and resolves once PGlite is open. Statements from
 * this thread go one at a time; a transaction holds the line from `begin` to `commit`/`rollback`,
 * so other callers' statements wait for it, as they do on PGlite's own mutex.
 */
export async function openWorkerSqlClient(path: string | null, release: () => void): Promise<SqlClient> {
  const worker = new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData: { path } });
  const waiting = new Map<number, { readonly resolve: (reply: WorkerReply) => void; readonly reject: (error: Error) => void }>();
  let nextId = 1;
  let exited: Error | null = null;
  const ready = new Promise<WorkerReply>((resolve, reject) => waiting.set(0, { resolve, reject }));
  worker.on('message', (reply: WorkerReply) => {
    const waiter = waiting.get(reply.id);
    waiting.delete(reply.id);
    waiter?.resolve(reply);
  });
  const fail = (error: Error): void => {
    exited = error;
    for (const waiter of waiting.values()) waiter.reject(error);
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the database worker exited (code ${code})`)));

  const first = await ready;
  if (!first.ok) {
    await worker.terminate();
    throw new WorkerSqlError(first.message, first.code);
  }

  function send(request: RequestBody): Promise<SqlResult> {
    if (exited !== null) return Promise.reject(exited);
    const id = nextId++;
    return new Promise<SqlResult>((resolve, reject) => {
      waiting.set(id, {
        resolve: (reply) => (reply.ok ? resolve(reply.affectedRows === undefined ? { rows: reply.rows } : { rows: reply.rows, affectedRows: reply.affectedRows }) : reject(new WorkerSqlError(reply.message, reply.code))),
        reject,
      });
      worker.postMessage({ ...request, id } satisfies WorkerRequest);
    });
  }

  // One caller at a time: a transaction's statements must not interleave with anyone else's.
  let line: Promise<unknown> = Promise.resolve();
  function inLine<T>(fn: () => Promise<T>): Promise<T> {
    const turn = line.then(fn, fn);
    line = turn.catch(() => undefined);
    return turn;
  }
  const direct: SqlQueryable = { query: (sql, params = []) => send({ op: 'query', sql, params }) };

  return {
    query: (sql, params = []) => inLine(() => direct.query(sql, params)),
    exec: (sql) => inLine(async () => void (await send({ op: 'exec', sql }))),
    transaction: (fn) =>
      inLine(async () => {
        await send({ op: 'exec', sql: 'begin' });
        try {
          const value = await fn(direct);
          await send({ op: 'exec', sql: 'commit' });
          return value;
        } catch (error) {
          await send({ op: 'exec', sql: 'rollback' }).catch(() => undefined);
          throw error;
        }
      }),
    close: () =>
      inLine(async () => {
        try {
          await send({ op: 'close' });
          await worker.terminate();
        } finally {
          release();
        }
      }),
  };
}
