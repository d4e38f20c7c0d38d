/** @module A worker process's engine: pg-boss on the PostgreSQL the store uses, a handler per queue, and the periodic sweep. */
import { LOCK_SPACE, openPostgresStore, QUEUE_SETUP_LOCK, SWEEP_LOCK } from '../../store/index.js';
import PgBoss from 'pg-boss';
import { createHostGate, type ScheduleOptions } from '../../ingest/feed/index.js';
import { createFetcher, type FetchOptions } from '../../ingest/fetch/index.js';
import type { RebuildOptions, StreamContext, StreamEvent } from '../../stream/index.js';
import { createBriefPool } from '../brief-pool.js';
import { sleep } from '../open-stream.js';
import { createHandlers } from './handlers.js';
import { runJobLoop } from './job-loop.js';
import { ensureQueues, QUEUE, type QueueName } from './queues.js';
import { sweep } from './sweep.js';
import { withTryLock } from './with-try-lock.js';
import { countJob, createWorkerStats, formatWorkerStats } from './worker-stats.js';

/** How often a worker looks at the state tables for work without a job (new rows from `serve --no-workers` or `add`, lost sends). */
export const DEFAULT_SWEEP_MS = 2_000;
/** Quiet time before a brief is rebuilt: the same as `serve`'s (DEFAULT_SERVE_QUIET_MS), since workers stand in for its loop. */
export const DEFAULT_WORKER_QUIET_MS = 10_000;
/** An idle consumer asks for a job twice a second (pg-boss's own shortest polling interval); a busy one asks again at once. */
export const DEFAULT_POLL_MS = 500;
/**
 * How often pg-boss's maintenance (expire dead jobs, retry them, archive) runs; its default is 120 s.
 * One worker per interval runs it (pg-boss takes a lock), so a short interval costs little.
 */
export const DEFAULT_MAINTENANCE_S = 10;
/**
 * Rebuild jobs in flight per brief thread. A rebuild is a brief on the thread between SQL on the main
 * thread (fetch the job, lock the story, read its reports and last version; save the version, complete
 * the job): with one job at a time the thread stood idle through that SQL, busy 29.6 s of a 43.0 s
 * bench:workers run with one worker (493 briefs, 14 ms of SQL and queue per job on each side). With two,
 * the next job reads its story while the thread builds the current one and waits in the pool's queue.
 */
export const REBUILDS_PER_BRIEF_THREAD = 2;

export interface WorkerOptions extends FetchOptions, ScheduleOptions, RebuildOptions {
  readonly url: string;
  /** Jobs of each kind in flight in this process (assignment is always one at a time). Default 1. */
  readonly concurrency?: number;
  readonly sweepMs?: number;
  /** Reports per assignment batch. Default the stream's ASSIGN_BATCH; tests make it small to cross many batches. */
  readonly assignBatch?: number;
  readonly log?: (line: string) => void;
  readonly onEvent?: (event: StreamEvent) => void;
}

export interface RunningWorker {
  /** Finishes the jobs in hand, then closes the connections. */
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? (() => undefined);
  const { store, client } = await openPostgresStore(options.url, { applicationName: `newsbrief-worker-${process.pid}`, onError: (error) => log(`database: ${error.message}`) });
  const fetcher = createFetcher(options);
  const now = (): Date => new Date();
  const hostGate = createHostGate({ now: () => now().getTime(), sleep: (ms) => sleep(ms) });
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // Briefs are built on worker threads (niced), one per rebuild consumer: the main thread stays free
  // for the assignment sequence, which otherwise waited behind every brief computed on the same loop.
  const briefs = createBriefPool(concurrency);
  const stats = createWorkerStats();
  const buildBrief: typeof briefs.build = async (reports, buildOptions) => {
    const t0 = performance.now();
    try {
      return await briefs.build(reports, buildOptions);
    } finally {
      stats.briefs.builds += 1;
      stats.briefs.ms += performance.now() - t0;
    }
  };
  const context: StreamContext = { store, fetcher, hostGate, now, sleep, buildBrief, ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }) };
  const boss = new PgBoss({ connectionString: options.url, maintenanceIntervalSeconds: DEFAULT_MAINTENANCE_S, application_name: 'newsbrief-worker' });
  boss.on('error', (error) => log(`queue: ${error.message}`));
  let isStopping = false;
  try {
    await boss.start();
    // Queue creation is not safe to race (two workers starting together deadlocked in create_queue): one at a time.
    await client.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, QUEUE_SETUP_LOCK]);
      await ensureQueues(boss);
    });
  } catch (error) {
    // Open connections would keep the process alive after the error is reported.
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await briefs.close();
    await fetcher.close();
    await store.close();
    throw error;
  }
  const rebuild: RebuildOptions = { ...(options.quietMs === undefined ? {} : { quietMs: options.quietMs }), ...(options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs }), ...(options.maxWords === undefined ? {} : { maxWords: options.maxWords }) };
  const handlers = createHandlers({ client, store, context, boss, rebuild, schedule: options, isStopping: () => isStopping, stats, ...(options.assignBatch === undefined ? {} : { assignBatch: options.assignBatch }) });
  const stopping = new AbortController();
  const loops: Promise<void>[] = [];
  for (const name of Object.values(QUEUE) as QueueName[]) {
    const copies = name === QUEUE.assign ? 1 : name === QUEUE.rebuildBrief ? concurrency * REBUILDS_PER_BRIEF_THREAD : concurrency;
    const timed = async (data: unknown): Promise<void> => {
      const t0 = performance.now();
      try {
        await handlers[name](data);
      } finally {
        countJob(stats, name, performance.now() - t0);
      }
    };
    for (let i = 0; i < copies; i += 1) loops.push(runJobLoop(boss, name, timed, { pollMs: DEFAULT_POLL_MS, signal: stopping.signal, log }));
  }
  const sweepOnce = async (): Promise<void> => {
    try {
      await withTryLock(client, LOCK_SPACE, SWEEP_LOCK, async () => {
        await sweep(store, boss, now(), rebuild);
      });
    } catch (error) {
      log(`sweep: ${(error as Error).message}`);
    }
  };
  let sweeping = sweepOnce();
  const timer = setInterval(() => {
    sweeping = sweeping.then(sweepOnce);
  }, options.sweepMs ?? DEFAULT_SWEEP_MS);
  return {
    async stop() {
      isStopping = true;
      stopping.abort();
      clearInterval(timer);
      // A brief in progress is abandoned, not awaited (up to its budget): its job fails and is retried, and its
      // story stays stale for the sweep, so another worker (or this one restarted) builds it.
      await briefs.close();
      await sweeping;
      await Promise.all(loops);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await briefs.close();
      await fetcher.close();
      await store.close();
      log(formatWorkerStats(stats));
    },
  };
}
