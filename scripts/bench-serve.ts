/**
 * @module Load benchmark of `newsbrief serve` on loopback: reports POSTed per second until each is
 * stored and assigned to a story (its brief rebuild scheduled), and the latency of reading a story's
 * brief while that goes on. Bounded: at most --reports (default 2000) reports and --seconds (default
 * 60) of posting, then at most as long again for the loop to catch up.
 * The server's main-thread event-loop delay is printed too (scripts/lib/loop-delay-probe.ts);
 * `--profile DIR` also writes its CPU profile (`node --cpu-prof`) there. The brief reader runs on its
 * own worker thread (scripts/lib/brief-reader.ts); `--reader inline` puts it back on the posters' event
 * loop, the measurement of the runs before 2026-11-23 11:00 (docs/design-web.md, Measures). The client
 * is light by default (bodies serialised before the run, posts and reads through undici's pool
 * instead of fetch: it shares the two cores with the server); `--client fetch` is the one before.
 * Run: npm run bench:serve [-- --reports 2000 --seconds 60 --concurrency 8 --profile /tmp/prof --reader thread|inline --client light|fetch]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Pool } from 'undici';
import type { BriefReaderInput, BriefReaderResult } from './lib/brief-reader.js';
import { failUsage, parseScriptArgs } from './lib/script-args.js';

const root = new URL('../../', import.meta.url).pathname;
const USAGE = `usage: npm run bench:serve [-- --reports 2000 --seconds 60 --concurrency 8 --profile DIR --reader thread|inline --client light|fetch]
  Reports POSTed per second to \`newsbrief serve\` on loopback until stored and assigned, and the latency of
  reading a story's brief meanwhile; --profile DIR also writes the server's CPU profile there.`;
const { values } = parseScriptArgs(USAGE, { options: { reports: { type: 'string', default: '2000' }, seconds: { type: 'string', default: '60' }, concurrency: { type: 'string', default: '8' }, profile: { type: 'string' }, reader: { type: 'string', default: 'thread' }, client: { type: 'string', default: 'light' } } });
if (values.client !== 'light' && values.client !== 'fetch') failUsage(`--client is light or fetch, not ${values.client}`);
if (values.reader !== 'thread' && values.reader !== 'inline') failUsage(`--reader is thread or inline, not ${values.reader}`);
/** The reader's pause between reads. */
const READ_INTERVAL_MS = 20;
const maxReports = Number(values.reports);
const maxMs = Number(values.seconds) * 1000;
const concurrency = Number(values.concurrency);

/** The bench's reports; checked before a server is started, so a missing file is one line, not a stack trace after start-up. */
const DATASET = join(root, '..', 'shared', 'data', 'multinews-dev.jsonl');
if (!existsSync(DATASET)) {
  process.stderr.write(`bench:serve: cannot read ${DATASET}: expected the evaluation data in ../shared/data (see the README, Measuring)\n`);
  process.exit(1);
}

/** Multi-News dev documents in file order: real news texts, several per story. */
function loadDocuments(limit: number): string[] {
  const lines = readFileSync(DATASET, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const docs: string[] = [];
  for (const line of lines) {
    for (const doc of (JSON.parse(line) as { documents: string[] }).documents) if (doc.trim().length > 200) docs.push(doc);
    if (docs.length >= limit) break;
  }
  return docs.slice(0, limit);
}

/**
 * Retries a request once when the connection was reset: a server busy for longer than Node's
 * 5 s keep-alive timeout closes idle sockets as it wakes, and the client may have just reused one.
 */
async function request(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The server's last stderr line from the loop-delay probe, once it has exited. */
let loopDelay = '';

/**
 * CPU seconds (user + system) each thread of process `pid` has used so far, by thread id, from
 * Linux's /proc (empty elsewhere): CPU per report is what a faster server needs less of, and unlike
 * reports/s it hardly moves with the load of other work on the same cores.
 */
function threadCpu(pid: number): Map<string, { readonly name: string; readonly seconds: number }> {
  const threads = new Map<string, { readonly name: string; readonly seconds: number }>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields 14 and 15 of stat (utime, stime), in clock ticks of 1/100 s on Linux.
      threads.set(tid, { name, seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // The thread ended in between.
    }
  }
  return threads;
}

/** Per-thread CPU used between two `threadCpu` readings, busiest first, and the total. */
function cpuBetween(before: ReturnType<typeof threadCpu>, after: ReturnType<typeof threadCpu>): { readonly total: number; readonly threads: readonly { readonly name: string; readonly seconds: number }[] } {
  const threads = [...after].map(([tid, t]) => ({ name: `${t.name}/${tid}`, seconds: t.seconds - (before.get(tid)?.seconds ?? 0) })).filter((t) => t.seconds > 0);
  threads.sort((a, b) => b.seconds - a.seconds);
  return { total: threads.reduce((sum, t) => sum + t.seconds, 0), threads };
}

async function startServer(dataDir: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const probe = join(root, 'dist', 'scripts', 'lib', 'loop-delay-probe.js');
  const profile = values.profile === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', values.profile];
  const child = spawn(process.execPath, ['--import', probe, ...profile, join(root, 'bin', 'newsbrief.js'), 'serve', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(err);
      if (match !== null) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
    // 'close' comes after the last stderr chunk, where the probe's line is.
    child.on('close', () => (loopDelay = /loop-delay: [^\n]*/.exec(err)?.[0] ?? ''));
    child.on('exit', (code, signal) => {
      if (code !== 0) console.error(`server exited: code ${code}, signal ${signal}; its stderr: ${err.slice(-2000)}`);
    });
  });
  return { url, pid: child.pid ?? 0, stop: () => new Promise((resolve) => { child.once('close', () => resolve()); child.kill('SIGTERM'); }) };
}

async function totalAssigned(url: string): Promise<number> {
  const stories = (await (await request(`${url}/api/stories?limit=1000`)).json()) as { reports: number }[];
  return stories.reduce((sum, s) => sum + s.reports, 0);
}

interface Reader {
  stop(): void;
  readonly result: Promise<Pick<BriefReaderResult, 'latencies'> & Partial<BriefReaderResult>>;
}

/** Reads `url` every READ_INTERVAL_MS on a worker thread of this process until stopped. */
function readOnThread(origin: string, path: string, isLight: boolean): Reader {
  const worker = new Worker(new URL('./lib/brief-reader.js', import.meta.url), { workerData: { origin, path, intervalMs: READ_INTERVAL_MS, isLight } satisfies BriefReaderInput });
  const result = new Promise<BriefReaderResult>((resolve, reject) => {
    worker.once('message', (message: BriefReaderResult) => resolve(message));
    worker.once('error', reject);
  }).finally(() => worker.terminate());
  return { stop: () => worker.postMessage('stop'), result };
}

/** The same reads on this (the posters') event loop: the measurement before brief-reader.ts. */
function readInline(url: string, isRunning: () => boolean): Reader {
  const latencies: number[] = [];
  const result = (async () => {
    while (isRunning()) {
      const t = performance.now();
      const response = await request(url);
      await response.arrayBuffer();
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, READ_INTERVAL_MS));
    }
    return { latencies };
  })();
  return { stop: () => undefined, result };
}

const dataDir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-serve-'));
const server = await startServer(dataDir);
try {
  // A story with a brief to read while ingesting: the seeds, built once the quiet spell has passed.
  const seeds = join(root, 'examples', 'aleppo');
  for (const name of readdirSync(seeds).sort()) {
    await fetch(`${server.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: readFileSync(join(seeds, name), 'utf8') }) });
  }
  const seedStart = Date.now();
  // 404 until the first seed is assigned, then version null until the brief is built.
  while (typeof ((await (await request(`${server.url}/api/stories/s-1`)).json()) as { version?: number | null }).version !== 'number') {
    if (Date.now() - seedStart > 60_000) throw new Error('the seed brief was not built within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  const baseline = await totalAssigned(server.url);
  console.log(`seed story s-1 has a brief after ${((Date.now() - seedStart) / 1000).toFixed(1)} s (${baseline} reports stored before the run)`);
  const docs = loadDocuments(maxReports);
  const cpuBefore = threadCpu(server.pid);
  const start = Date.now();
  let next = 0;
  let created = 0;
  let failed = 0;
  let isPosting = true;
  const bodies = docs.map((text) => JSON.stringify({ text }));
  const pool = values.client === 'light' ? new Pool(server.url, { connections: concurrency }) : null;
  /** One POST of a pre-serialised body; its status. */
  const post = async (body: string): Promise<number> => {
    if (pool === null) {
      const response = await fetch(`${server.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await response.arrayBuffer();
      return response.status;
    }
    const response = await pool.request({ path: '/api/reports', method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.body.dump();
    return response.statusCode;
  };
  const clientCpuBefore = process.cpuUsage();
  const posters = Array.from({ length: concurrency }, async () => {
    while (next < bodies.length && Date.now() - start < maxMs) {
      const body = bodies[next++]!;
      try {
        if ((await post(body)) === 201) created += 1;
      } catch {
        failed += 1;
      }
    }
  });
  // The posters' own event-loop delay: with --reader inline every read waits behind it too.
  const clientDelay = monitorEventLoopDelay({ resolution: 1 });
  clientDelay.enable();
  const reader = values.reader === 'thread' ? readOnThread(server.url, '/api/stories/s-1', values.client === 'light') : readInline(`${server.url}/api/stories/s-1`, () => isPosting);
  await Promise.all(posters);
  await pool?.close();
  const postedMs = Date.now() - start;
  let assigned = (await totalAssigned(server.url)) - baseline;
  while (assigned < created && Date.now() - start < postedMs + maxMs) {
    await new Promise((r) => setTimeout(r, 200));
    assigned = (await totalAssigned(server.url)) - baseline;
  }
  const cpu = cpuBetween(cpuBefore, threadCpu(server.pid));
  const clientCpu = process.cpuUsage(clientCpuBefore);
  isPosting = false;
  reader.stop();
  const read = await reader.result;
  clientDelay.disable();
  const doneMs = Date.now() - start;
  const latencies = [...read.latencies].sort((a, b) => a - b);
  console.log(`posted ${created} reports in ${(postedMs / 1000).toFixed(1)} s (${(created / (postedMs / 1000)).toFixed(0)}/s accepted, concurrency ${concurrency}; ${failed} POSTs failed)`);
  console.log(`assigned ${assigned} of ${created} in ${(doneMs / 1000).toFixed(1)} s: ${(assigned / (doneMs / 1000)).toFixed(1)} reports/s end to end (stored, assigned, brief scheduled)${assigned < created ? ' [stopped at the time bound]' : ''}`);
  console.log(`brief reads while ingesting (reader ${values.reader === 'thread' ? 'on its own thread' : 'on the posters\' loop'}): ${latencies.length}, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${percentile(latencies, 100).toFixed(1)} ms`);
  console.log(
    `server CPU from the first post until all were assigned: ${cpu.total.toFixed(1)} s, ${((cpu.total * 1000) / Math.max(1, assigned)).toFixed(2)} ms per report; by thread ${cpu.threads
      .slice(0, 6)
      .map((t) => `${t.name} ${t.seconds.toFixed(1)} s`)
      .join(', ')}`,
  );
  console.log(`bench client (${values.client}) CPU meanwhile: ${((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)} s, ${((clientCpu.user + clientCpu.system) / 1000 / Math.max(1, assigned)).toFixed(2)} ms per report`);
  const ms = (ns: number): string => (ns / 1e6).toFixed(1);
  console.log(`bench client loop-delay (1 ms resolution): posters p50 ${ms(clientDelay.percentile(50))} ms, p99 ${ms(clientDelay.percentile(99))} ms, max ${ms(clientDelay.max)} ms; reader ${values.reader === 'thread' ? `thread p99 ${(read.loopDelayP99Ms ?? NaN).toFixed(1)} ms, max ${(read.loopDelayMaxMs ?? NaN).toFixed(1)} ms` : '= posters (same loop)'}`);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`server main thread ${loopDelay === '' ? 'loop-delay: not reported' : loopDelay}`);
