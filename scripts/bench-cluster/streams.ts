/** @module Builds the benchmark's report streams from the shared cluster files: every document, shuffled with a fixed seed, labelled with its true story. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One report of a stream with the story it truly belongs to. */
export interface StreamItem {
  readonly id: string;
  readonly text: string;
  readonly gold: string;
  readonly source: string;
  /** Publication date (ISO 8601) and headline, where the file has them (the GVA stream). */
  readonly date?: string | null;
  readonly title?: string | null;
}

export interface Stream {
  readonly name: string;
  readonly items: readonly StreamItem[];
}

/** Seed of every shuffle, so every run (and every reader) sees the same order. */
export const STREAM_SEED = 20261123;

/** Mulberry32: a small, well-mixed 32-bit PRNG; enough for a reproducible shuffle. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The true story of a cluster. DUC 2003 and DUC 2004 Task 2 draw on the same TDT topics: 21 ids
 * appear in both files (same topic, 12 identical documents), so `duc2003-d30003t` and
 * `duc2004-d30003t` are one story, `duc-d30003t`. Splitting them would score an assigner that
 * rightly merges them as wrong.
 */
export function goldStory(clusterId: string): string {
  const duc = /^duc200[34]-(d3\d+t)$/.exec(clusterId);
  return duc === null ? clusterId : `duc-${duc[1]}`;
}

/**
 * Multi-News train clusters kept out of every learned table (the last ones of the file): with
 * DUC 2003 they make the `tune` stream that parameters are chosen on, so the dev streams only
 * report. 1,000 clusters is the size of Multi-News dev.
 */
export const TUNE_CLUSTERS = 1000;

/** The pseudo-file naming those held-out train clusters. */
export const TUNE_FILE = 'multinews-train-tune';

/** Every document of the named files (in `dataDir`), one item each, in cluster order; {@link TUNE_FILE} reads the last `tuneClusters` of multinews-train. */
export function readItems(dataDir: string, files: readonly string[], tuneClusters = TUNE_CLUSTERS): StreamItem[] {
  const items: StreamItem[] = [];
  for (const file of files) {
    let lines = readFileSync(join(dataDir, `${file === TUNE_FILE ? 'multinews-train' : file}.jsonl`), 'utf8').split('\n').filter((l) => l.trim() !== '');
    if (file === TUNE_FILE) lines = lines.slice(-tuneClusters);
    for (const line of lines) {
      const cluster = JSON.parse(line) as { id: string; documents: string[] };
      cluster.documents.forEach((text, k) => items.push({ id: `${cluster.id}#${k}`, text, gold: goldStory(cluster.id), source: file }));
    }
  }
  return items;
}

/** A named stream of every document of `files`, shuffled with `seed` (default {@link STREAM_SEED}). */
export function buildStream(dataDir: string, name: string, files: readonly string[], seed = STREAM_SEED): Stream {
  return { name, items: shuffle(readItems(dataDir, files), seed) };
}

/** The dated GVA stream file and its gold (data README, section GVA): one incident per story. */
export const GVA_STREAM_FILE = 'gva-stream-dev';

/**
 * A stream file in its own arrival (date) order, `{"id","title","text","date"}` per line, labelled
 * from `<file>.gold.jsonl` (`{"id","story"}` per line). Not shuffled: a dated stream's order is its dates.
 */
export function readDatedStream(dataDir: string, file = GVA_STREAM_FILE): Stream {
  const lines = (path: string): unknown[] => readFileSync(join(dataDir, path), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
  const gold = new Map((lines(`${file}.gold.jsonl`) as { id: string; story: string }[]).map((g) => [g.id, g.story]));
  const items = (lines(`${file}.jsonl`) as { id: string; text: string; title?: string | null; date?: string | null }[]).map((r) => ({
    id: r.id,
    text: r.text,
    title: r.title ?? null,
    date: r.date ?? null,
    gold: gold.get(r.id) ?? `missing-${r.id}`,
    source: file,
  }));
  return { name: file, items };
}
