/**
 * @module Worker-thread host of PGlite: PostgreSQL compiled to WebAssembly runs synchronously on the
 * thread that calls it, so the server keeps it here, off the thread that answers HTTP. Statements
 * arrive one message at a time and run in order (the caller serialises transactions).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { WorkerReply, WorkerRequest } from './worker-sql-client.js';

if (parentPort === null) throw new Error('pglite-worker.js runs as a worker thread (see worker-sql-client.ts)');
const port = parentPort;
const { path } = workerData as { readonly path: string | null };

function failure(id: number, error: unknown): WorkerReply {
  const e = error as { message?: string; code?: string };
  return { id, ok: false, message: e.message ?? String(error), code: typeof e.code === 'string' ? e.code : null };
}

try {
  const db = path === null ? await PGlite.create() : await PGlite.create(path);
  port.postMessage({ id: 0, ok: true, rows: [] } satisfies WorkerReply);
  port.on('message', (request: WorkerRequest) => {
    const run = async (): Promise<WorkerReply> => {
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
    run().then(
      (reply) => port.postMessage(reply),
      (error: unknown) => port.postMessage(failure(request.id, error)),
    );
  });
} catch (error) {
  port.postMessage(failure(0, error));
}
