/** @module Learns term embeddings for the story-assignment experiment: truncated SVD (LSA) of the Multi-News train documents' tf-idf vectors, int8-quantised into a JSON file (not shipped: it did not help, see docs/design-clustering.md). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { stripFurniture } from '../src/ingest/furniture-sentences.js';
import { createIdf } from '../src/stream/cluster/idf.js';
import { reportTerms } from '../src/stream/cluster/report-terms.js';
import { weighTerms } from '../src/stream/cluster/term-vector.js';
import { DEFAULT_MAX_REPORT_TERMS } from '../src/stream/cluster/assigner-options.js';
import { TUNE_CLUSTERS } from './bench-cluster/streams.js';
import type { EmbeddingFile } from './learn-cluster-similarity/term-embedding.js';
import { parseScriptArgs } from './lib/script-args.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..');
/** Build output, not committed: 15,000 x 128 int8 is 2.6 MB of base64. */
const EMBEDDINGS_FILE = join(ROOT, 'dist', 'learn-cluster', 'embeddings.json');

const USAGE = `usage: node dist/scripts/learn-cluster-embeddings.js [--train TRAIN.jsonl] [--terms 15000] [--dimensions 128] [--out FILE]
  Term embeddings (truncated SVD of the train documents' tf-idf) for the learn-cluster-similarity experiment,
  written to FILE (default dist/learn-cluster/embeddings.json).`;

const { values: args } = parseScriptArgs(USAGE, {
  options: {
    train: { type: 'string', default: join(ROOT, '..', 'shared', 'data', 'multinews-train.jsonl') },
    // The 15,000 most frequent of the ~17,300 terms with df >= 5 (the idf table's cut); see docs/design-clustering.md.
    terms: { type: 'string', default: '15000' },
    dimensions: { type: 'string', default: '128' },
    out: { type: 'string', default: EMBEDDINGS_FILE },
  },
});
const TERMS = Number(args.terms);
const DIMENSIONS = Number(args.dimensions);
/** Extra random directions and power iterations of the randomized SVD (Halko, Martinsson & Tropp 2011, alg. 4.4). */
const OVERSAMPLE = 24;
const POWER_ITERATIONS = 3;

// Documents: every train cluster except the last TUNE_CLUSTERS, which the tuning stream uses.
const clusters = readFileSync(args.train, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { documents: string[] });
const fitClusters = clusters.slice(0, clusters.length - TUNE_CLUSTERS);
const idf = createIdf();
const vectors = fitClusters.flatMap((c) => c.documents.map((text) => weighTerms(reportTerms(stripFurniture(text)), idf, DEFAULT_MAX_REPORT_TERMS)));
const df = new Map<string, number>();
for (const v of vectors) for (const t of v.keys()) df.set(t, (df.get(t) ?? 0) + 1);
const vocabulary = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TERMS).map(([t]) => t);
const column = new Map(vocabulary.map((t, k) => [t, k]));

// CSR rows of the document-term matrix A (documents x vocabulary), each row as weighted (unit before the cut).
const rowStart: number[] = [0];
const cols: number[] = [];
const vals: number[] = [];
for (const v of vectors) {
  for (const [t, w] of v) {
    const c = column.get(t);
    if (c !== undefined) {
      cols.push(c);
      vals.push(w);
    }
  }
  if (cols.length > (rowStart.at(-1) ?? 0)) rowStart.push(cols.length);
}
const n = rowStart.length - 1;
const V = vocabulary.length;
const l = DIMENSIONS + OVERSAMPLE;

/** A * X, X dense V x l (row-major) -> n x l. */
function timesA(x: Float64Array): Float64Array {
  const y = new Float64Array(n * l);
  for (let i = 0; i < n; i += 1) {
    for (let p = rowStart[i] ?? 0; p < (rowStart[i + 1] ?? 0); p += 1) {
      const c = cols[p] ?? 0;
      const w = vals[p] ?? 0;
      for (let j = 0; j < l; j += 1) y[i * l + j] = (y[i * l + j] ?? 0) + w * (x[c * l + j] ?? 0);
    }
  }
  return y;
}

/** Aᵀ * Y, Y dense n x l -> V x l. */
function timesAT(y: Float64Array): Float64Array {
  const x = new Float64Array(V * l);
  for (let i = 0; i < n; i += 1) {
    for (let p = rowStart[i] ?? 0; p < (rowStart[i + 1] ?? 0); p += 1) {
      const c = cols[p] ?? 0;
      const w = vals[p] ?? 0;
      for (let j = 0; j < l; j += 1) x[c * l + j] = (x[c * l + j] ?? 0) + w * (y[i * l + j] ?? 0);
    }
  }
  return x;
}

/** Gram matrix Yᵀ Y of a rows x l matrix. */
function gram(y: Float64Array, rows: number): Matrix {
  const g = new Float64Array(l * l);
  for (let i = 0; i < rows; i += 1) {
    for (let a = 0; a < l; a += 1) {
      const ya = y[i * l + a] ?? 0;
      if (ya === 0) continue;
      for (let b = a; b < l; b += 1) g[a * l + b] = (g[a * l + b] ?? 0) + ya * (y[i * l + b] ?? 0);
    }
  }
  const m = Matrix.zeros(l, l);
  for (let a = 0; a < l; a += 1) for (let b = a; b < l; b += 1) m.set(a, b, g[a * l + b] ?? 0).set(b, a, g[a * l + b] ?? 0);
  return m;
}

/** Orthonormal columns spanning Y's (Y W Λ^-1/2 from the eigenvectors of YᵀY), done twice for accuracy. */
function orthonormalise(y: Float64Array, rows: number): Float64Array {
  let q = y;
  for (let pass = 0; pass < 2; pass += 1) {
    const eig = new EigenvalueDecomposition(gram(q, rows), { assumeSymmetric: true });
    const w = Float64Array.from(eig.eigenvectorMatrix.to1DArray());
    const scale = eig.realEigenvalues.map((e) => (e > 1e-12 ? 1 / Math.sqrt(e) : 0));
    const out = new Float64Array(rows * l);
    const row = new Float64Array(l);
    for (let i = 0; i < rows; i += 1) {
      for (let a = 0; a < l; a += 1) row[a] = q[i * l + a] ?? 0;
      for (let b = 0; b < l; b += 1) {
        let s = 0;
        for (let a = 0; a < l; a += 1) s += (row[a] ?? 0) * (w[a * l + b] ?? 0);
        out[i * l + b] = s * (scale[b] ?? 0);
      }
    }
    q = out;
  }
  return q;
}

// Seeded Gaussian start (Box-Muller over a mulberry32 stream) so the tables are reproducible.
let seed = 20261123;
const uniform = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
};
const omega = new Float64Array(V * l).map(() => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()));

let q = orthonormalise(timesA(omega), n);
for (let it = 0; it < POWER_ITERATIONS; it += 1) q = orthonormalise(timesA(orthonormalise(timesAT(q), V)), n);
// B = Qᵀ A is l x V; its SVD comes from the eigenvectors of B Bᵀ = (Aᵀ Q)ᵀ (Aᵀ Q).
const bt = timesAT(q);
const eig = new EigenvalueDecomposition(gram(bt, V), { assumeSymmetric: true });
const order = eig.realEigenvalues.map((e, k) => [e, k] as const).sort((a, b) => b[0] - a[0]).slice(0, DIMENSIONS);
const singular = order.map(([e]) => Math.sqrt(Math.max(e, 0)));
// Term vectors: rows of V_k Σ_k = Bᵀ U_B (a document's projection A v equals its U Σ row).
const u = Float64Array.from(eig.eigenvectorMatrix.to1DArray());
const termVectors = new Float64Array(V * DIMENSIONS);
for (let t = 0; t < V; t += 1) {
  for (let d = 0; d < DIMENSIONS; d += 1) {
    const k = order[d]?.[1] ?? 0;
    let s = 0;
    for (let a = 0; a < l; a += 1) s += (bt[t * l + a] ?? 0) * (u[a * l + k] ?? 0);
    termVectors[t * DIMENSIONS + d] = s;
  }
}

// Quantise each term's vector to int8 with its own scale: 1 byte a number instead of 8.
const bytes = new Int8Array(V * DIMENSIONS);
const scales: string[] = [];
for (let t = 0; t < V; t += 1) {
  let max = 0;
  for (let d = 0; d < DIMENSIONS; d += 1) max = Math.max(max, Math.abs(termVectors[t * DIMENSIONS + d] ?? 0));
  const scale = max / 127 || 1;
  scales.push(scale.toPrecision(4));
  for (let d = 0; d < DIMENSIONS; d += 1) bytes[t * DIMENSIONS + d] = Math.round((termVectors[t * DIMENSIONS + d] ?? 0) / scale);
}
// Mean of the documents' unit projections: every news text leans the same way (the first singular
// direction is "news in general"), so cosines are taken after subtracting it.
const mean = new Float64Array(DIMENSIONS);
for (let i = 0; i < n; i += 1) {
  const p = new Float64Array(DIMENSIONS);
  for (let k = rowStart[i] ?? 0; k < (rowStart[i + 1] ?? 0); k += 1) {
    const t = cols[k] ?? 0;
    const w = (vals[k] ?? 0) * Number(scales[t]);
    for (let d = 0; d < DIMENSIONS; d += 1) p[d] = (p[d] ?? 0) + w * (bytes[t * DIMENSIONS + d] ?? 0);
  }
  const length = Math.sqrt(p.reduce((a, x) => a + x * x, 0)) || 1;
  for (let d = 0; d < DIMENSIONS; d += 1) mean[d] = (mean[d] ?? 0) + (p[d] ?? 0) / length / n;
}

const file: EmbeddingFile = {
  dimensions: DIMENSIONS,
  terms: vocabulary,
  scales: scales.map(Number),
  vectors: Buffer.from(bytes.buffer).toString('base64'),
  mean: [...mean].map((x) => Number(x.toPrecision(5))),
};
const source = JSON.stringify(file);
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, source);
process.stdout.write(`${n} documents, ${V} terms, ${DIMENSIONS} dimensions; top singular values ${singular.slice(0, 5).map((s) => s.toFixed(2)).join(' ')} ... ${singular.at(-1)?.toFixed(2)}; ${source.length} bytes -> ${args.out}\n`);
