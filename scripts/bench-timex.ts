/** @module Benchmark: newsbrief's timex tagger beside chrono-node alone on the TimeML dev file, scored by the shared TempEval-3 style scorer. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../src/analyze/timex/index.js';
import { parseScriptArgs } from './lib/script-args.js';

interface Doc {
  readonly id: string;
  readonly text: string;
  readonly dct: string;
}

interface PredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

const here = dirname(fileURLToPath(import.meta.url));
// dist/scripts/ -> repo root -> ../shared
const SHARED = resolve(here, '..', '..', '..', 'shared');
const USAGE = `usage: npm run bench:timex [-- GOLD.jsonl]
  TimeML date recognition and normalisation of newsbrief beside chrono-node alone on GOLD
  (default ../shared/data/timeml-tbaq.jsonl), scored by ../shared/tools/timex-score.py.`;
const GOLD = parseScriptArgs(USAGE, { allowPositionals: true, options: {} }).positionals[0] ?? join(SHARED, 'data', 'timeml-tbaq.jsonl');
const SCORER = join(SHARED, 'tools', 'timex-score.py');

const pad = (n: number): string => String(n).padStart(2, '0');

/** chrono-node off the shelf, mapped as the data README's reference point describes. */
function chronoAlone(doc: Doc): PredTimex[] {
  const ref = new Date(`${doc.dct.slice(0, 10)}T12:00:00Z`);
  return chrono.parse(doc.text, ref).map((r) => {
    const c = r.start;
    const y = c.get('year') ?? 0;
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    const value = c.isCertain('day') || c.isCertain('weekday') ? `${y}-${pad(m)}-${pad(d)}` : c.isCertain('month') ? `${y}-${pad(m)}` : String(y);
    return { start: r.index, end: r.index + r.text.length, type: 'DATE', value };
  });
}

function newsbrief(doc: Doc): PredTimex[] {
  return tagTimexes(doc.text, doc.dct).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
}

interface Scores {
  readonly relaxed: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly strict: { readonly f1: number };
  readonly type_f1: number;
  readonly value_f1: number;
}

function run(name: string, docs: readonly Doc[], tag: (d: Doc) => PredTimex[], dir: string): { readonly scores: Scores; readonly docsPerSecond: number; readonly path: string } {
  const t0 = performance.now();
  const lines = docs.map((d) => JSON.stringify({ id: d.id, timexes: tag(d) }));
  const seconds = (performance.now() - t0) / 1000;
  const path = join(dir, `${name}.jsonl`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  const scores = JSON.parse(execFileSync('python3', [SCORER, GOLD, path], { encoding: 'utf8' })) as Scores;
  return { scores, docsPerSecond: docs.length / seconds, path };
}

function main(): void {
  const docs = readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Doc);
  const dir = mkdtempSync(join(tmpdir(), 'bench-timex-'));
  const ours = run('newsbrief', docs, newsbrief, dir);
  const base = run('chrono', docs, chronoAlone, dir);
  const rows: ReadonlyArray<readonly [string, (s: Scores) => number]> = [
    ['relaxed P', (s) => s.relaxed.precision],
    ['relaxed R', (s) => s.relaxed.recall],
    ['relaxed F1', (s) => s.relaxed.f1],
    ['strict F1', (s) => s.strict.f1],
    ['type F1', (s) => s.type_f1],
    ['value F1', (s) => s.value_f1],
  ];
  const out: string[] = [`${GOLD}: ${docs.length} documents; predictions in ${dir}`, `${'measure'.padEnd(12)}${'newsbrief'.padStart(11)}${'chrono-node'.padStart(13)}`];
  for (const [label, get] of rows) out.push(`${label.padEnd(12)}${get(ours.scores).toFixed(2).padStart(11)}${get(base.scores).toFixed(2).padStart(13)}`);
  out.push(`${'docs/second'.padEnd(12)}${ours.docsPerSecond.toFixed(0).padStart(11)}${base.docsPerSecond.toFixed(0).padStart(13)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
