/**
 * @module Worker-thread host of PGlite: PostgreSQL compiled to WebAssembly runs synchronously on the
 * thread that calls it, so the server keeps it here, off the thread that answers HTTP. Statements
 * arrive one message at a time and run in order. Each caller (the parent, and any thread given a
 * port) serialises its own transactions; while one caller is inside `begin` ... `commit`/`rollback`,
 * the others' messages wait here, so no statement of theirs lands inside its transaction.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createPglite } from './create-database.js';
import type { WorkerReply, WorkerRequest } from './worker-sql-client.js';

if (parentPort === null) throw new Error('pglite-worker.js runs as a worker thread (see worker-sql-client.ts)');
const parent = parentPort;
const { path } = workerData as { readonly path: string | null };

function failure(id: number, error: unknown): WorkerReply {
  const e = error as { message?: string; code?: string };
  return { id, ok: false, message: e.message ?? String(error), code: typeof e.code === 'string' ? e.code : null };
}

type Caller = MessagePort | typeof parent;
type Statement = Exclude<WorkerRequest, { readonly op: 'port' }>;

const isBegin = (r: Statement): boolean => r.op === 'exec' && r.sql.trim().toLowerCase() === 'begin';
const isEnd = (r: Statement): boolean => r.op === 'exec' && ['commit', 'rollback'].includes(r.sql.trim().toLowerCase());

try {
  const { db } = await createPglite(path);
  /** The caller inside a transaction, if any; everyone else's statements wait in `held`. */
  let owner: Caller | null = null;
  const held: { readonly caller: Caller; readonly request: Statement }[] = [];

  const run = async (request: Statement): Promise<WorkerReply> => {
    if (request.op === 'exec') {
      await db.exec(request.sql);
      return { id: request.id, ok: true, rows: [] };
    }
    if (request.op === 'close') {
      await db.close();
      return { id: request.id, ok: true, rows: [] };
    }
    const result = await db.query(request.sql, [...request.params]);
    return { id: request.id, ok: true, rows: result.rows, ...(result.affectedRows === undefined ? {} : { affectedRows: result.affectedRows }) };
  };

  const release = (caller: Caller): void => {
    if (owner !== caller) return;
    owner = null;
    while (owner === null && held.length > 0) {
      const next = held.shift()!;
      dispatch(next.caller, next.request);
    }
  };

  // PGlite runs calls in the order they are made (its own mutex), so setting the owner when a
  // `begin` is dispatched keeps every later statement of other callers behind the transaction.
  function dispatch(caller: Caller, request: Statement): void {
    if (owner !== null && owner !== caller) {
      held.push({ caller, request });
      return;
    }
    if (isBegin(request)) owner = caller;
    run(request).then(
      (reply) => {
        caller.postMessage(reply);
        if (isEnd(request)) release(caller);
      },
      (error: unknown) => {
        caller.postMessage(failure(request.id, error));
        // A failed begin opened nothing; a failed commit or rollback ends the transaction anyway.
        if (isBegin(request) || isEnd(request)) release(caller);
      },
    );
  }

  const listen = (caller: Caller): void => {
    caller.on('message', (request: WorkerRequest) => {
      if (request.op === 'port') listen(request.port);
      else dispatch(caller, request);
    });
    // A thread that ended inside its transaction (terminated, crashed) leaves it to roll back here.
    caller.on('close', () => {
      if (owner !== caller) return;
      db.exec('rollback').then(
        () => release(caller),
        () => release(caller),
      );
    });
  };
  parent.postMessage({ id: 0, ok: true, rows: [] } satisfies WorkerReply);
  listen(parent);
} catch (error) {
  parent.postMessage(failure(0, error));
}
