/**
 * @module bench:workers — reports per second end to end (stored, assigned, every story's brief built) with
 * 1, 2 and 4 `newsbrief worker` processes on one PostgreSQL on this machine, beside one process on
 * the embedded store. Bounded: the first --reports Multi-News dev documents (default 1,000).
 *
 *   npm run bench:workers [-- --reports 1000 --workers 1,2,4 --skip-embedded]
 *
 * For each number of workers it also prints the speed-up over one worker and the serial fraction: the
 * time the assignment lock was held (summed over the workers: one holds it at a time) over the run's
 * wall time, with Amdahl's bound 1 / (s + (1 - s) / N) it puts on N workers (docs/design-scale.md).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseWorkerStats, type WorkerStats } from '../src/run/jobs/worker-stats.js';
import { produce, progress, spawnWorker, stopWorker, storyPartition, waitSettled, type StreamDoc, type WorkerProcess } from '../test/worker-harness.js';
import { openPgliteStore, openPostgresStore, type SqlQueryable, type Store } from '../src/store/index.js';
import { z } from 'zod';
import { startTestPostgres } from '../test/test-postgres.js';
import { SHARED_DATA_DIR } from './lib/shared-paths.js';
import { parseScriptArgs } from './lib/script-args.js';
import { createHostGate } from '../src/ingest/feed/index.js';
import { createFetcher } from '../src/ingest/fetch/index.js';
import { assignPending, rebuildBriefs, type StreamContext } from '../src/stream/index.js';

const root = new URL('../../', import.meta.url).pathname;
const USAGE = `usage: npm run bench:workers [-- --reports 1000 --workers 1,2,4 --skip-embedded]
  Reports per second end to end with each number of \`newsbrief worker\` processes on a throwaway PostgreSQL
  (needs the PostgreSQL server binaries), beside one process on the embedded store.`;
const { values } = parseScriptArgs(USAGE, { options: { reports: { type: 'string', default: '1000' }, workers: { type: 'string', default: '1,2,4' }, 'skip-embedded': { type: 'boolean', default: false } } });
const maxReports = Number(values.reports);
const workerCounts = values.workers.split(',').map(Number);
/**
 * How often the bench looks at the progress: its queries (counts, stale stories) run on the same two
 * CPUs as the workers, and every 100 ms they were ~1 CPU s of PostgreSQL per run.
 */
const POLL_MS = 250;
/** Longest wait for one run to settle: a bound, not an expectation. */
const SETTLE_MS = 15 * 60_000;

function loadDocs(limit: number): StreamDoc[] {
  const docs: StreamDoc[] = [];
  for (const line of readFileSync(join(SHARED_DATA_DIR, 'multinews-dev.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const cluster = JSON.parse(line) as { id: string; documents: string[] };
    cluster.documents.forEach((text, i) => {
      if (text.trim().length > 200) docs.push({ id: `${cluster.id}-${i}`, text });
    });
    if (docs.length >= limit) break;
  }
  return docs.slice(0, limit);
}

/** CPU seconds a process has used (user + system), and with `children`, those of its reaped children (PostgreSQL's backends). */
function cpuSeconds(pid: number, children = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Fields 14-17 of proc(5), counted from the state field (3): utime, stime, cutime, cstime, in clock ticks (100/s on Linux).
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    return (utime! + stime! + (children ? cutime! + cstime! : 0)) / 100;
  } catch {
    return Number.NaN;
  }
}

/** A worker's CPU seconds by thread: its main thread (jobs, assignment, SQL), its brief threads (niced), and the rest (GC, libuv). */
interface ThreadCpu {
  readonly main: number;
  readonly briefs: number;
  readonly other: number;
}

const NO_THREAD_CPU: ThreadCpu = { main: 0, briefs: 0, other: 0 };

function threadCpu(pid: number): ThreadCpu {
  let main = 0;
  let briefs = 0;
  let other = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime, stime and nice (proc(5) fields 14, 15 and 19, counted from the state field, 3).
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      if (Number(tid) === pid) main += seconds;
      else if (Number(fields[16]) > 0) briefs += seconds;
      else other += seconds;
    }
  } catch {
    // The process is gone.
  }
  return { main, briefs, other };
}

const addCpu = (a: ThreadCpu, b: ThreadCpu, sign = 1): ThreadCpu => ({ main: a.main + sign * b.main, briefs: a.briefs + sign * b.briefs, other: a.other + sign * b.other });

/** The workers' stats added up. */
function sumStats(all: readonly WorkerStats[]): WorkerStats {
  const total: WorkerStats = { queues: {}, assign: { batches: 0, reports: 0, lockWaitMs: 0, lockHeldMs: 0 }, briefs: { builds: 0, ms: 0 } };
  for (const one of all) {
    for (const [name, q] of Object.entries(one.queues)) {
      const t = (total.queues[name] ??= { jobs: 0, ms: 0 });
      t.jobs += q.jobs;
      t.ms += q.ms;
    }
    for (const key of ['batches', 'reports', 'lockWaitMs', 'lockHeldMs'] as const) total.assign[key] += one.assign[key];
    total.briefs.builds += one.briefs.builds;
    total.briefs.ms += one.briefs.ms;
  }
  return total;
}

interface DbFacts {
  /** Assignment batches committed: each wrote the whole assigner snapshot once. */
  readonly batches: number;
  readonly snapshotKb: number;
  readonly walMb: number;
}

const dbFactsRow = z.object({ batches: z.number(), snapshot: z.number(), wal: z.number() });

/** Batches (snapshot writes), the snapshot's size and the WAL written since `walStart` (bytes). */
async function dbFacts(client: SqlQueryable, walStart: number): Promise<DbFacts> {
  const row = dbFactsRow.parse(
    (
      await client.query(
        `select (select (n_tup_upd + n_tup_ins)::float8 from pg_stat_user_tables where relname = 'assigner_state') as batches,
                (select coalesce(octet_length(state::text), 0)::float8 from assigner_state where id = 1) as snapshot,
                pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::float8 as wal`,
      )
    ).rows[0],
  );
  return { batches: row.batches, snapshotKb: row.snapshot / 1024, walMb: (row.wal - walStart) / 2 ** 20 };
}

async function walNow(client: SqlQueryable): Promise<number> {
  return Number(z.object({ wal: z.number() }).parse((await client.query(`select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::float8 as wal`)).rows[0]).wal);
}

interface Row {
  readonly label: string;
  readonly workers: number;
  readonly threads: ThreadCpu | null;
  /** Added up over the workers; null for the embedded run, or when a worker did not report. */
  readonly stats: WorkerStats | null;
  readonly storedAt: number;
  readonly db: DbFacts | null;
  readonly cpuWorkers: number;
  readonly cpuDatabase: number;
  /** This process (the producer, the progress queries) during a workers run; NaN for the embedded run, where it is everything. */
  readonly cpuBench: number;
  readonly load: number;
  readonly seconds: number;
  readonly assignedAt: number;
  readonly assigned: number;
  readonly stories: number;
  readonly versions: number;
}

async function versionsOf(store: Store): Promise<number> {
  let total = 0;
  for (const story of await store.listStories()) total += story.latestVersion;
  return total;
}

async function embeddedRun(docs: readonly StreamDoc[]): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-workers-'));
  const store = await openPgliteStore(dir);
  try {
    const load = loadavg()[0]!;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    // singleProcessRun's steps, timed one by one: store every report, assign them all, build every brief.
    await produce(store, docs);
    const storedAt = (performance.now() - t0) / 1000;
    const fetcher = createFetcher();
    const context: StreamContext = { store, fetcher, hostGate: createHostGate({ now: () => Date.now(), sleep: (ms) => delay(ms) }), now: () => new Date(), sleep: (ms) => delay(ms) };
    await assignPending(context, { assigner: null });
    const assignedAt = (performance.now() - t0) / 1000;
    await rebuildBriefs(context, { force: true });
    await fetcher.close();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const p = await progress(store);
    // PGlite runs inside the process: its database work is in the process's own CPU time.
    return { label: 'embedded (PGlite), 1 process', workers: 0, threads: null, stats: null, db: null, load, cpuWorkers: (cpu.user + cpu.system) / 1e6, cpuDatabase: Number.NaN, cpuBench: Number.NaN, seconds, storedAt, assignedAt, assigned: p.assigned, stories: (await storyPartition(store)).stories.length, versions: await versionsOf(store) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitStarted(worker: WorkerProcess): Promise<void> {
  while (!/started/.test(worker.stderr())) {
    if (worker.proc.exitCode !== null) throw new Error(`worker exited: ${worker.stderr()}`);
    await delay(50);
  }
}

async function workersRun(url: string, postmaster: number, docs: readonly StreamDoc[], count: number): Promise<Row> {
  const { store, client } = await openPostgresStore(url);
  const workers = Array.from({ length: count }, () => spawnWorker(root, url, ['--quiet-ms', '0']));
  let cpuWorkers = 0;
  try {
    for (const w of workers) await waitStarted(w);
    const load = loadavg()[0]!;
    const startCpu = workers.map((w) => cpuSeconds(w.pid));
    const startThreads = workers.map((w) => threadCpu(w.pid));
    const db0 = cpuSeconds(postmaster, true);
    const wal0 = await walNow(client);
    const bench0 = process.cpuUsage();
    const t0 = performance.now();
    let isProduced = false;
    // When the last report left pending: assignment is the sequential part, briefs the parallel one.
    const watching = (async () => {
      for (;;) {
        if (isProduced) {
          const counts = await store.counts();
          if (counts.queued + counts.pending === 0) return (performance.now() - t0) / 1000;
        }
        await delay(POLL_MS);
      }
    })();
    await produce(store, docs);
    const storedAt = (performance.now() - t0) / 1000;
    isProduced = true;
    const expected = (await store.counts()).pending + (await store.counts()).assigned;
    const settled = await waitSettled(store, expected, SETTLE_MS, POLL_MS);
    const seconds = (performance.now() - t0) / 1000;
    const assignedAt = await watching;
    const benchCpu = process.cpuUsage(bench0);
    cpuWorkers = workers.reduce((sum, w, i) => sum + cpuSeconds(w.pid) - startCpu[i]!, 0);
    const threads = workers.reduce((sum, w, i) => addCpu(sum, addCpu(threadCpu(w.pid), startThreads[i]!, -1)), NO_THREAD_CPU);
    // Stats reach pg_stat_user_tables when a backend reports them (at most every second).
    await delay(1_500);
    const db = await dbFacts(client, wal0);
    const row = { label: `PostgreSQL, ${count} worker${count === 1 ? '' : 's'}`, workers: count, threads, cpuBench: (benchCpu.user + benchCpu.system) / 1e6, storedAt, db, load, cpuWorkers, cpuDatabase: Number.NaN, seconds, assignedAt, assigned: settled.assigned, stories: (await storyPartition(store)).stories.length, versions: await versionsOf(store) };
    for (const w of workers) await stopWorker(w);
    const reported = workers.map((w) => parseWorkerStats(w.stderr()));
    const stats = reported.every((r) => r !== null) ? sumStats(reported as WorkerStats[]) : null;
    await store.close();
    // Backends are reaped once their connections close; their CPU time then shows in the postmaster's children's time.
    await delay(500);
    return { ...row, stats, cpuDatabase: cpuSeconds(postmaster, true) - db0 };
  } finally {
    for (const w of workers) await stopWorker(w);
    await store.close().catch(() => undefined);
  }
}

const docs = loadDocs(maxReports);
console.log(`bench:workers: ${docs.length} Multi-News dev documents, stored one by one, then assigned and every story's brief built (workers: --quiet-ms 0)`);
const rows: Row[] = values['skip-embedded'] ? [] : [await embeddedRun(docs)];
const server = await startTestPostgres({ isFast: false, needsControl: true });
try {
  const postmaster = Number(readFileSync(join(server.dataDir!, 'postmaster.pid'), 'utf8').split('\n')[0]);
  for (const count of workerCounts) rows.push(await workersRun(await server.createDatabase(`bench_${count}`), postmaster, docs, count));
} finally {
  await server.destroy();
}
console.log('');
const f = (n: number): string => (Number.isNaN(n) ? '-' : n.toFixed(1));
console.log('| run | reports/s | all stored (s) | all assigned (s) | all briefs built (s) | CPU s, newsbrief | CPU s, PostgreSQL | load avg at start | assigned | stories | versions | batches | snapshot KB | WAL MB |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.label} | ${f(r.assigned / r.seconds)} | ${f(r.storedAt)} | ${f(r.assignedAt)} | ${f(r.seconds)} | ${f(r.cpuWorkers)} | ${f(r.cpuDatabase)} | ${r.load.toFixed(1)} | ${r.assigned} | ${r.stories} | ${r.versions} | ${r.db === null ? '-' : r.db.batches} | ${r.db === null ? '-' : r.db.snapshotKb.toFixed(0)} | ${r.db === null ? '-' : r.db.walMb.toFixed(0)} |`);
}
console.log(`(${cpus().length} CPUs; the producer, storing one report per transaction, runs in this process in every row)`);

// Scaling: each worker row against the first one-worker row, and the serial part measured as the assignment lock's hold time.
const one = rows.find((r) => r.workers === 1);
const serialOf = (r: Row): number | null => (r.stats === null ? null : r.stats.assign.lockHeldMs / 1000 / r.seconds);
/** All the CPU a run took: no schedule on these CPUs can finish it faster than this over their number. */
const totalCpu = (r: Row): number => r.cpuWorkers + r.cpuDatabase + r.cpuBench;
const amdahl = (s: number, n: number): number => 1 / (s + (1 - s) / n);
console.log('');
console.log(`| workers | reports/s | speed-up vs 1 | CPU s: workers + PostgreSQL + bench | wall floor on ${cpus().length} CPUs (s) | assignment lock held (s) | waited for it (s) | serial fraction s (held / wall) | Amdahl bound 1/(s+(1-s)/N), s of 1 worker | CPU s main / briefs / other | brief builds (s on threads) | jobs: fetch, assign, rebuild |`);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const s1 = one === undefined ? null : serialOf(one);
for (const r of rows.filter((x) => x.workers > 0)) {
  const s = serialOf(r);
  const q = (name: string): number => r.stats?.queues[name]?.jobs ?? 0;
  console.log(
    `| ${r.workers} | ${f(r.assigned / r.seconds)} | ${one === undefined ? '-' : (one.seconds / r.seconds).toFixed(2)} | ${f(totalCpu(r))} | ${f(totalCpu(r) / cpus().length)} | ${r.stats === null ? '-' : (r.stats.assign.lockHeldMs / 1000).toFixed(2)} | ${r.stats === null ? '-' : (r.stats.assign.lockWaitMs / 1000).toFixed(2)} | ${s === null ? '-' : s.toFixed(3)} | ${s1 === null ? '-' : amdahl(s1, r.workers).toFixed(2)} | ${r.threads === null ? '-' : `${f(r.threads.main)} / ${f(r.threads.briefs)} / ${f(r.threads.other)}`} | ${r.stats === null ? '-' : `${r.stats.briefs.builds} (${(r.stats.briefs.ms / 1000).toFixed(1)})`} | ${q('newsbrief-fetch-page')}, ${q('newsbrief-assign')}, ${q('newsbrief-rebuild-brief')} |`,
  );
}
if (s1 !== null) {
  const bounds = [2, 4, 8, 16, 32].map((n) => `${n}: ${amdahl(s1, n).toFixed(1)}×`).join(', ');
  console.log(`serial fraction (1 worker) s = ${s1.toFixed(3)}: Amdahl's bound on the speed-up of N workers ${bounds}; at most ${(1 / s1).toFixed(0)}× however many`);
}
