/**
 * @module `npm run bench:whole`: `newsbrief batch` beside a peer's batch (default ts-textrank), each a
 * whole process from start to exit, loading and reading included, on the same dataset in one run.
 * The rounds alternate (newsbrief, peer, newsbrief, ...) so a change in machine load hits both;
 * the ratio is of medians. CPU seconds (user + sys, from /usr/bin/time when present) are printed
 * beside wall seconds because this machine is often shared.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bench/report.js';
import { SHARED_DATA_DIR } from './lib/shared-paths.js';
import { failUsage, parseScriptArgs } from './lib/script-args.js';

const USAGE = `usage: npm run bench:whole -- [--dataset FILE] [--words N] [--rounds N] [--peer NAME] [--jobs N]
  defaults: ${join(SHARED_DATA_DIR, 'duc2004.jsonl')}, 100 words, 5 rounds, peer ts-textrank, newsbrief's own --jobs default`;

const CLI = fileURLToPath(new URL('../../bin/newsbrief.js', import.meta.url));
const PEER = fileURLToPath(new URL('./bench/peer-batch.js', import.meta.url));
const TIME = '/usr/bin/time';

interface Run {
  readonly wall: number;
  readonly cpu: number | null;
}

function timed(args: readonly string[], out: string): Run {
  const timeFile = `${out}.time`;
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '%U %S', '-o', timeFile, process.execPath, ...args] : [...args];
  const start = process.hrtime.bigint();
  const run = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status ?? run.signal}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  if (readFileSync(out, 'utf8').trim() === '') throw new Error(`${args.join(' ')} wrote no summaries`);
  let cpu: number | null = null;
  if (useTime) {
    const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    cpu = user! + sys!;
  }
  return { wall, cpu };
}

function main(): void {
  const { values } = parseScriptArgs(USAGE, {
    options: {
      dataset: { type: 'string', default: join(SHARED_DATA_DIR, 'duc2004.jsonl') },
      words: { type: 'string', default: '100' },
      rounds: { type: 'string', default: '5' },
      peer: { type: 'string', default: 'ts-textrank' },
      jobs: { type: 'string' },
    },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) failUsage(`--rounds: expected a whole number of at least 1, got ${values.rounds}`);
  if (!existsSync(values.dataset)) {
    failUsage(`${values.dataset} not found: the benchmarks read ../shared/data beside the repository (see README)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-whole-'));
  const ours = join(dir, 'newsbrief.jsonl');
  const theirs = join(dir, `${values.peer}.jsonl`);
  const a: Run[] = [];
  const b: Run[] = [];
  process.stdout.write(`whole-process batch on ${values.dataset}, ${values.words} words, ${rounds} alternating rounds${values.jobs === undefined ? '' : `, newsbrief --jobs ${values.jobs}`}; load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);
  try {
    for (let i = 0; i < rounds; i++) {
      a.push(timed([CLI, 'batch', values.dataset, '--words', values.words, ...(values.jobs === undefined ? [] : ['--jobs', values.jobs]), '--out', ours], ours));
      b.push(timed([PEER, '--name', values.peer, '--words', values.words, '--out', theirs, values.dataset], theirs));
      process.stderr.write(`round ${i + 1}/${rounds}: newsbrief ${a.at(-1)!.wall.toFixed(2)} s, ${values.peer} ${b.at(-1)!.wall.toFixed(2)} s\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const row = (name: string, runs: readonly Run[]): string => {
    const cpu = runs.every((r) => r.cpu !== null) ? `${median(runs.map((r) => r.cpu!)).toFixed(2)} CPU-s` : 'CPU n/a';
    return `  ${name.padEnd(14)} median ${median(runs.map((r) => r.wall)).toFixed(2)} s wall, ${cpu}  (runs ${runs.map((r) => r.wall.toFixed(2)).join(', ')})\n`;
  };
  process.stdout.write(row('newsbrief', a) + row(values.peer, b));
  const wallRatio = median(b.map((r) => r.wall)) / median(a.map((r) => r.wall));
  const cpuRatio = a.every((r) => r.cpu !== null) ? median(b.map((r) => r.cpu!)) / median(a.map((r) => r.cpu!)) : null;
  process.stdout.write(`  newsbrief is ${wallRatio.toFixed(2)}x faster (wall)${cpuRatio === null ? '' : `, ${cpuRatio.toFixed(2)}x (CPU)`}\n`);
}

main();
