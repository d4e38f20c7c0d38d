/** @module Dense report vectors from LSA term embeddings (made by scripts/learn-cluster-embeddings.ts), for the learned-similarity experiment. */
import { readFileSync } from 'node:fs';
import type { TermVector } from '../../src/stream/cluster/term-vector.js';

/** A dense vector, unit length once embedded. */
export type DenseVector = Float64Array;

/** The file learn-cluster-embeddings writes: int8 vectors with a scale per term, and the train documents' mean projection. */
export interface EmbeddingFile {
  readonly dimensions: number;
  readonly terms: readonly string[];
  readonly scales: readonly number[];
  /** Base64 of the int8 vectors, term after term. */
  readonly vectors: string;
  readonly mean: readonly number[];
}

/** Turns a report's sparse vector into its dense one, or null when none of its terms is embedded. */
export type Embedder = (vector: TermVector) => DenseVector | null;

export function denseDot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let d = 0; d < a.length; d += 1) s += (a[d] ?? 0) * (b[d] ?? 0);
  return s;
}

export function denseNorm(a: ArrayLike<number>): number {
  return Math.sqrt(denseDot(a, a));
}

/**
 * The report's LSA projection (the sum of its terms' embeddings weighted by their tf-idf weight: its
 * row of U Σ in the train SVD), at unit length, minus the train documents' mean projection (every
 * news text leans the same way, so uncentred cosines sit near 0.9 for unrelated texts), at unit length.
 */
export function createEmbedder(file: EmbeddingFile): Embedder {
  const dims = file.dimensions;
  const row = new Map(file.terms.map((t, k) => [t, k]));
  const buffer = Buffer.from(file.vectors, 'base64');
  const bytes = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return (vector) => {
    const out = new Float64Array(dims);
    let hits = 0;
    for (const [term, w] of vector) {
      const r = row.get(term);
      if (r === undefined) continue;
      hits += 1;
      const s = w * (file.scales[r] ?? 0);
      for (let d = 0; d < dims; d += 1) out[d] = (out[d] ?? 0) + s * (bytes[r * dims + d] ?? 0);
    }
    const length = denseNorm(out);
    if (hits === 0 || length === 0) return null;
    for (let d = 0; d < dims; d += 1) out[d] = (out[d] ?? 0) / length - (file.mean[d] ?? 0);
    const centred = denseNorm(out);
    if (centred === 0) return null;
    for (let d = 0; d < dims; d += 1) out[d] = (out[d] ?? 0) / centred;
    return out;
  };
}

/** Reads the JSON file learn-cluster-embeddings wrote. */
export function readEmbeddings(path: string): EmbeddingFile {
  return JSON.parse(readFileSync(path, 'utf8')) as EmbeddingFile;
}
