/**
 * @module The layout's rules, read from the TypeScript sources: a stage (a folder of src/) is entered only
 * through an index.ts (the store only through its top one), and the stages import one another without circles.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './repo-root.js';

const SRC = join(REPO_ROOT, 'src');

interface ImportEdge {
  from: string; // path under src/, e.g. "http/report-input.ts"
  to: string; // the target, the same way
  line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

// Static imports and re-exports (`from '...'`, also as the last line of a multi-line import) and dynamic `import('...')`.
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.[^']+)'/gm;

export function importEdges(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      if (!target.startsWith(SRC + sep)) continue;
      const line = text.slice(0, m.index).split('\n').length;
      edges.push({ from: relative(SRC, file).split(sep).join('/'), to: relative(SRC, target).split(sep).join('/'), line });
    }
  }
  return edges;
}

/** The stage of a path under src/: its first folder, or "" for the shared root modules (types.ts, errors.ts, index.ts). */
const stageOf = (path: string): string => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '');

function doorFault(edge: ImportEdge): string | null {
  const [from, to] = [stageOf(edge.from), stageOf(edge.to)];
  if (from === to || to === '') return null;
  if (to === 'store') return edge.to === 'store/index.ts' ? null : 'the store is entered only through store/index.ts';
  return edge.to.endsWith('/index.ts') ? null : `${to}/ is entered through an index.ts`;
}

test('the sources are found and their imports read', () => {
  const edges = importEdges();
  assert.ok(edges.length > 500, `read ${edges.length} imports`);
  assert.ok(edges.some((e) => e.from === 'brief/compose-brief.ts' && e.to === 'summarize/index.ts'), 'a known import is seen');
});

test('no file imports past another stage\'s index.ts', () => {
  const faults = importEdges().flatMap((e) => {
    const fault = doorFault(e);
    return fault === null ? [] : [`src/${e.from}:${e.line} imports src/${e.to}: ${fault}`];
  });
  assert.deepEqual(faults, []);
});

test('the door rule catches a reach past an index.ts', () => {
  assert.match(doorFault({ from: 'http/a.ts', to: 'ingest/jsonl.ts', line: 1 }) ?? '', /index\.ts/);
  assert.match(doorFault({ from: 'run/a.ts', to: 'store/postgres/index.ts', line: 1 }) ?? '', /store\/index\.ts/);
  assert.equal(doorFault({ from: 'http/a.ts', to: 'ingest/html/index.ts', line: 1 }), null);
  assert.equal(doorFault({ from: 'http/a.ts', to: 'http/web/page-css.ts', line: 1 }), null);
});

/** A circle in a graph given as adjacency sets, as the list of its nodes, or null. */
export function findCircle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next);
      if (circle !== null) return circle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const circle = visit(node);
    if (circle !== null) return circle;
  }
  return null;
}

test('the stages import one another without a circle (type-only imports included)', () => {
  const graph = new Map<string, Set<string>>();
  for (const e of importEdges()) {
    const [from, to] = [stageOf(e.from), stageOf(e.to)];
    if (from === to || from === '' || to === '') continue;
    // A stage's tests may drive the stages that run it (a run/ test opens a store): tests are not the pipeline.
    if (e.from.endsWith('.test.ts')) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)!.add(to);
  }
  assert.equal(findCircle(graph)?.join(' → ') ?? null, null);
  assert.deepEqual(findCircle(new Map([['a', new Set(['b'])], ['b', new Set(['a'])]])), ['a', 'b', 'a']);
});
