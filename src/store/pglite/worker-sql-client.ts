/**
 * @module A SqlClient whose PGlite runs on a worker thread (pglite-worker.ts). PGlite executes on
 * the thread that calls it; in `serve` its statements, WAL writes and checkpoints were most of the
 * HTTP thread's busy time (docs/design-web.md, Measures). Here that thread only posts messages.
 * Another thread (the server's assignment thread) can talk to the same PGlite through a port
 * (`openPort`, then `createPortSqlClient` on that thread); the worker keeps transactions apart.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { SqlClient, SqlQueryable, SqlResult } from '../sql-client.js';

type RequestBody =
  | { readonly op: 'query'; readonly sql: string; readonly params: readonly unknown[] }
  | { readonly op: 'exec'; readonly sql: string }
  | { readonly op: 'close' };

export type WorkerRequest = (RequestBody & { readonly id: number }) | { readonly op: 'port'; readonly id: number; readonly port: MessagePort };

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

/** The worker-backed client, plus a way to give another thread its own line to the same PGlite. */
export interface WorkerSqlClient extends SqlClient {
  /** A port for `createPortSqlClient` on another thread (transfer it); the worker holds other callers back during its transactions. */
  openPort(): MessagePort;
}

/** What the client needs of a Worker or a MessagePort. */
interface Endpoint {
  postMessage(message: unknown, transfer?: readonly MessagePort[]): void;
}

interface Channel {
  send(request: RequestBody): Promise<SqlResult>;
  onReply(reply: WorkerReply): void;
  fail(error: Error): void;
}

function createChannel(endpoint: Endpoint): Channel {
  const waiting = new Map<number, { readonly resolve: (reply: WorkerReply) => void; readonly reject: (error: Error) => void }>();
  let nextId = 1;
  let exited: Error | null = null;
  return {
    send(request) {
      if (exited !== null) return Promise.reject(exited);
      const id = nextId++;
      return new Promise<SqlResult>((resolve, reject) => {
        waiting.set(id, {
          resolve: (reply) => (reply.ok ? resolve(reply.affectedRows === undefined ? { rows: reply.rows } : { rows: reply.rows, affectedRows: reply.affectedRows }) : reject(new WorkerSqlError(reply.message, reply.code))),
          reject,
        });
        endpoint.postMessage({ ...request, id });
      });
    },
    onReply(reply) {
      const waiter = waiting.get(reply.id);
      waiting.delete(reply.id);
      waiter?.resolve(reply);
    },
    fail(error) {
      exited = error;
      for (const waiter of waiting.values()) waiter.reject(error);
      waiting.clear();
    },
  };
}

/** The SqlClient over a channel: one caller at a time, a transaction holding the line from `begin` to its end. */
function clientOver(send: Channel['send'], close: () => Promise<void>): SqlClient {
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
    close: () => inLine(close),
  };
}

/**
 * Starts the worker on `path` (null: in memory) and resolves once PGlite is open. Statements from
 * this thread go one at a time; a transaction holds the line from `begin` to `commit`/`rollback`,
 * so other callers' statements wait for it, as they do on PGlite's own mutex.
 */
export async function openWorkerSqlClient(path: string | null, release: () => void): Promise<WorkerSqlClient> {
  const worker = new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData: { path } });
  const channel = createChannel(worker);
  let resolveReady: (reply: WorkerReply) => void = () => undefined;
  const ready = new Promise<WorkerReply>((resolve) => (resolveReady = resolve));
  worker.on('message', (reply: WorkerReply) => (reply.id === 0 ? resolveReady(reply) : channel.onReply(reply)));
  const fail = (error: Error): void => {
    resolveReady({ id: 0, ok: false, message: error.message, code: null });
    channel.fail(error);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the database worker exited (code ${code})`)));

  const first = await ready;
  if (!first.ok) {
    await worker.terminate();
    throw new WorkerSqlError(first.message, first.code);
  }
  const client = clientOver(channel.send, async () => {
    try {
      await channel.send({ op: 'close' });
      await worker.terminate();
    } finally {
      release();
    }
  });
  return {
    ...client,
    openPort() {
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ op: 'port', id: -1, port: port2 } satisfies WorkerRequest, [port2]);
      return port1;
    },
  };
}

/** A SqlClient on another thread, over a port from `WorkerSqlClient.openPort`; `close` closes only the port. */
export function createPortSqlClient(port: MessagePort): SqlClient {
  const channel = createChannel(port);
  port.on('message', (reply: WorkerReply) => channel.onReply(reply));
  port.on('close', () => channel.fail(new Error('the database port closed')));
  return clientOver(channel.send, async () => {
    channel.fail(new Error('the database port closed'));
    port.close();
  });
}
