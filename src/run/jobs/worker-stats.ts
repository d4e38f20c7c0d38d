/**
 * @module What a worker spent its time on, counted while it runs and written once when it stops: jobs and
 * handler time per queue, time waiting for and holding the assignment lock (the serial part that bounds
 * how far workers scale), and time building briefs. bench:workers reads it to report the serial fraction.
 */

export interface QueueTotals {
  jobs: number;
  /** Wall time inside the handlers. */
  ms: number;
}

export interface WorkerStats {
  readonly queues: Record<string, QueueTotals>;
  readonly assign: { batches: number; reports: number; lockWaitMs: number; lockHeldMs: number };
  readonly briefs: { builds: number; ms: number };
}

export function createWorkerStats(): WorkerStats {
  return { queues: {}, assign: { batches: 0, reports: 0, lockWaitMs: 0, lockHeldMs: 0 }, briefs: { builds: 0, ms: 0 } };
}

export function countJob(stats: WorkerStats, queue: string, ms: number): void {
  const totals = (stats.queues[queue] ??= { jobs: 0, ms: 0 });
  totals.jobs += 1;
  totals.ms += ms;
}

/** The line a stopping worker writes (after its log prefix): `stats {json}`; bench:workers parses it back with `parseWorkerStats`. */
export const formatWorkerStats = (stats: WorkerStats): string => `stats ${JSON.stringify(stats)}`;

/** The stats line in a worker's stderr, or null when it has none (it was killed, or did not get to stop). */
export function parseWorkerStats(stderr: string): WorkerStats | null {
  const match = /stats (\{.*\})\s*$/m.exec(stderr);
  return match === null ? null : (JSON.parse(match[1]!) as WorkerStats);
}
