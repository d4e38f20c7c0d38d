/**
 * @module One cluster of a dataset summarized (or briefed), and how the threads of a batch share out a
 * dataset's clusters (dataset-threads.ts) through two shared numbers, so no thread waits on another to be told.
 */
import { brief, summarizeReports, type Brief } from '../brief/index.js';
import type { ClonedError } from '../errors.js';
import { reportsFromCluster, type Cluster } from '../ingest/index.js';

export interface ClusterResult {
  readonly summary: readonly string[];
  /** The whole brief, when briefs were asked for and the cluster has reports; else null. */
  readonly brief: Brief | null;
}

export async function summarizeCluster(cluster: Cluster, maxWords: number, briefs: boolean): Promise<ClusterResult> {
  const reports = reportsFromCluster(cluster);
  if (briefs && reports.length > 0) {
    const result = await brief(reports, { maxWords });
    return { summary: result.summary.map((s) => s.text), brief: result };
  }
  return { summary: await summarizeReports(reports, { maxWords }), brief: null };
}

/** Slots of a claim counter (an Int32Array over a SharedArrayBuffer): the next cluster to hand out, and one past the last. */
const NEXT = 0;
const END = 1;

export function createClaimCounter(clusters: number): Int32Array {
  const counter = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  counter[END] = clusters;
  return counter;
}

/** The index of the next cluster no thread has taken, or null when none is left (or a failure stopped the run). */
export function claimCluster(counter: Int32Array): number | null {
  const at = Atomics.add(counter, NEXT, 1);
  return at < Atomics.load(counter, END) ? at : null;
}

/**
 * After cluster `at` failed, no cluster past it is started; those before it still are, so the run can fail
 * on the first failing cluster in dataset order, as a run on one thread does.
 */
export function stopAfter(counter: Int32Array, at: number): void {
  for (let end = Atomics.load(counter, END); at < end; end = Atomics.load(counter, END)) {
    if (Atomics.compareExchange(counter, END, end, Math.max(0, at)) === end) return;
  }
}

/** What a dataset worker is started with. */
export interface DatasetWorkerData {
  readonly clusters: readonly Cluster[];
  readonly counter: Int32Array;
  readonly maxWords: number;
  readonly briefs: boolean;
}

/** What a dataset worker posts: one message per cluster it took, then `done` once none is left for it. */
export type DatasetWorkerMessage =
  | { readonly kind: 'result'; readonly at: number; readonly result: ClusterResult }
  | { readonly kind: 'failure'; readonly at: number; readonly failure: ClonedError }
  | { readonly kind: 'done' };
