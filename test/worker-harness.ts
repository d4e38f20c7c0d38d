/**
 * @module Drives real `newsbrief worker` processes against one PostgreSQL for the fault tests and
 * bench:workers: spawn and kill workers, feed reports, wait until everything is assigned and built,
 * and read the stories back as a partition of the reports, comparable across runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { createHostGate } from '../src/ingest/feed/index.js';
import { createFetcher } from '../src/ingest/fetch/index.js';
import { reportFromText } from '../src/ingest/report-from-text.js';
import { assignPending, rebuildBriefs, type StreamContext } from '../src/stream/index.js';
import { ASSIGN_LOCK, LOCK_SPACE, type SqlQueryable, type Store } from '../src/store/index.js';

export interface StreamDoc {
  readonly id: string;
  readonly text: string;
}

export interface WorkerProcess {
  readonly pid: number;
  readonly proc: ChildProcess;
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Starts `node bin/newsbrief.js worker ARGS` on `url`. */
export function spawnWorker(repoRoot: string, url: string, args: readonly string[]): WorkerProcess {
  const proc = spawn(process.execPath, [join(repoRoot, 'bin', 'newsbrief.js'), 'worker', ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return { pid: proc.pid ?? -1, proc, exited, stderr: () => stderr };
}

/** Stops a worker gracefully (SIGTERM: it finishes the job in hand, except a brief, which it abandons) and waits for it. */
export async function stopWorker(worker: WorkerProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (worker.proc.exitCode === null && worker.proc.signalCode === null) worker.proc.kill('SIGTERM');
  return worker.exited;
}

const asReport = (doc: StreamDoc) => reportFromText({ id: doc.id, text: doc.text, path: doc.id });

/** Stores the docs in order (`path` = doc id), `batch` at a time with `pauseMs` between, retrying a batch while the database is away. */
export async function produce(store: Store, docs: readonly StreamDoc[], options: { readonly batch?: number; readonly pauseMs?: number; readonly now?: () => Date } = {}): Promise<void> {
  const batch = options.batch ?? docs.length;
  const now = options.now ?? (() => new Date());
  for (let i = 0; i < docs.length; i += batch) {
    for (const doc of docs.slice(i, i + batch)) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await store.addReport(asReport(doc), now().toISOString());
          break;
        } catch (error) {
          if (attempt >= 60) throw error;
          await delay(500);
        }
      }
    }
    if (options.pauseMs !== undefined && i + batch < docs.length) await delay(options.pauseMs);
  }
}

export interface Progress {
  readonly waiting: number;
  readonly assigned: number;
  readonly staleStories: number;
}

/** Reports not yet assigned (queued, pending) and stories whose brief is stale. */
export async function progress(store: Store): Promise<Progress> {
  const counts = await store.counts();
  return { waiting: counts.queued + counts.pending, assigned: counts.assigned, staleStories: (await store.dirtyStories()).length };
}

/** Waits until `expected` reports are assigned and no brief is stale; tolerates the database being away meanwhile. */
export async function waitSettled(store: Store, expected: number, timeoutMs: number, pollMs = 100): Promise<Progress> {
  const deadline = Date.now() + timeoutMs;
  let last: Progress | null = null;
  while (Date.now() < deadline) {
    try {
      last = await progress(store);
      if (last.waiting === 0 && last.assigned >= expected && last.staleStories === 0) return last;
    } catch {
      // The database is restarting: ask again.
    }
    await delay(pollMs);
  }
  throw new Error(`not settled after ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

export interface Partition {
  /** Each story as its reports' doc ids, sorted; stories sorted by their first doc. */
  readonly stories: readonly (readonly string[])[];
  /** [near copy, the report it copies], by doc id. */
  readonly nearCopies: readonly (readonly [string, string])[];
  /** Stories whose latest version does not list every one of their reports. */
  readonly unbuilt: readonly string[];
}

/** The stories as sets of doc ids: comparable across runs whatever the story and report ids. */
export async function storyPartition(store: Store): Promise<Partition> {
  const stories: string[][] = [];
  const nearCopies: [string, string][] = [];
  const unbuilt: string[] = [];
  for (const story of await store.listStories()) {
    const reports = await store.storyReports(story.id);
    const docOf = new Map(reports.map((r) => [r.id, r.report.path ?? r.id]));
    stories.push(reports.map((r) => r.report.path ?? r.id).sort());
    for (const r of reports) if (r.nearDuplicateOf !== null) nearCopies.push([r.report.path ?? r.id, docOf.get(r.nearDuplicateOf) ?? r.nearDuplicateOf]);
    const latest = await store.storyVersion(story.id);
    if (latest === null || latest.reportIds.length !== reports.length) unbuilt.push(story.id);
  }
  return { stories: stories.sort((a, b) => a[0]!.localeCompare(b[0]!)), nearCopies: nearCopies.sort((a, b) => a[0].localeCompare(b[0])), unbuilt };
}

/** The single-process run: the docs stored, assigned and built in one process on `store` (the embedded store, say). */
export async function singleProcessRun(store: Store, docs: readonly StreamDoc[], batchSize?: number): Promise<void> {
  const fetcher = createFetcher();
  const context: StreamContext = { store, fetcher, hostGate: createHostGate({ now: () => Date.now(), sleep: (ms) => delay(ms) }), now: () => new Date(), sleep: (ms) => delay(ms) };
  try {
    await produce(store, docs);
    await assignPending(context, { assigner: null }, undefined, batchSize);
    await rebuildBriefs(context, { force: true });
  } finally {
    await fetcher.close();
  }
}

const holderRow = z.object({ application_name: z.string() });

/** The pid of the worker process holding the assignment lock right now (from its application_name), or null. */
export async function assignLockHolder(db: SqlQueryable): Promise<number | null> {
  const row = (
    await db.query(
      `select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where l.locktype = 'advisory' and l.granted and l.classid = $1 and l.objid = $2 and l.objsubid = 2`,
      [LOCK_SPACE, ASSIGN_LOCK],
    )
  ).rows[0];
  const match = row === undefined ? null : /^newsbrief-worker-(\d+)$/.exec(holderRow.parse(row).application_name);
  return match === null ? null : Number(match[1]);
}
