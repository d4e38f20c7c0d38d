/** @module Speed statistics and the printed benchmark table. */
import type { DatasetRouge } from '../../src/evaluate/index.js';
import type { WorkerResult } from './worker.js';

export interface Row {
  readonly result: WorkerResult;
  readonly rouge: DatasetRouge | null;
}

/** Nearest-rank percentile (p in (0, 100]) of a sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Clusters per second over the summed summarization time (file reading and scoring excluded). */
export function throughput(r: WorkerResult): number {
  const totalMs = r.msPerCluster.reduce((a, b) => a + b, 0);
  return totalMs > 0 ? (1000 * r.msPerCluster.length) / totalMs : NaN;
}

const num = (x: number, digits: number, width: number): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a').padStart(width);

/** The table for one dataset; `withRecall` adds R1/R2 recall (the DUC convention). */
export function formatTable(title: string, rows: readonly Row[], withRecall: boolean): string {
  const head = [
    'summarizer'.padEnd(21), 'clusters'.padStart(9), 'cl/s'.padStart(8), 'ms med'.padStart(8), 'ms p95'.padStart(8),
    'peak MB'.padStart(8), '(+own)'.padStart(8), 'words'.padStart(6), 'R1 F1'.padStart(6), 'R2 F1'.padStart(6), 'RL F1'.padStart(6),
    ...(withRecall ? ['R1 R'.padStart(6), 'R2 R'.padStart(6)] : []), 'newsbrief x'.padStart(12),
  ].join(' ');
  const nb = rows.find((r) => r.result.name === 'newsbrief' && r.result.skipped === null);
  const nbRate = nb ? throughput(nb.result) : NaN;
  const lines = [title, head];
  for (const { result: r, rouge } of rows) {
    if (r.skipped !== null) {
      lines.push(`${r.name.padEnd(21)} skipped: threw while loading or warming up: ${r.skipped}`);
      continue;
    }
    const rate = throughput(r);
    const pct = (x: number | undefined): string => num(x === undefined ? NaN : 100 * x, 2, 6);
    lines.push(
      [
        r.name.padEnd(21),
        `${r.clusters}${r.clusters < r.asked ? '*' : ''}`.padStart(9),
        num(rate, 1, 8), num(median(r.msPerCluster), 1, 8), num(percentile(r.msPerCluster, 95), 1, 8),
        num(r.peakRssMb, 0, 8), `+${(r.peakRssMb - r.baselineRssMb).toFixed(0)}`.padStart(8),
        num(rouge?.meanWords ?? NaN, 0, 6), pct(rouge?.rouge1.f1), pct(rouge?.rouge2.f1), pct(rouge?.rougeLsum.f1),
        ...(withRecall ? [pct(rouge?.rouge1.recall), pct(rouge?.rouge2.recall)] : []),
        (r.name === 'newsbrief' ? '' : Number.isFinite(nbRate / rate) ? `${(nbRate / rate).toFixed(2)}x` : 'n/a').padStart(12),
      ].join(' '),
    );
    if (r.errors > 0) lines.push(`${''.padEnd(21)} ${r.errors} cluster(s) threw (scored as empty); first: ${r.firstError}`);
    if (r.cappedAtSeconds !== null) {
      lines.push(`${''.padEnd(21)} * stopped after ${r.cappedAtSeconds} s of summarizing: ${r.clusters} of ${r.asked} clusters; ROUGE over those`);
    }
  }
  return lines.join('\n');
}
