/**
 * @module One consumer of one queue: fetch a job, run it, record the outcome, and ask again at once
 * while there is work. Our own loop over pg-boss's fetch/complete/fail instead of its `work()`:
 * pg-boss 10's work() records outcomes without awaiting them, so a database restart became an
 * unhandled rejection that killed the worker; and it waited out the polling interval after every job.
 */
import type PgBoss from 'pg-boss';
import { sleep } from '../open-stream.js';

/** Pause after a failed fetch (the database is away), so a restart is not a busy loop of refused connections. */
export const FETCH_ERROR_PAUSE_MS = 1_000;

export interface JobLoopOptions {
  /** Sleep when the queue is empty. */
  readonly pollMs: number;
  readonly signal: AbortSignal;
  readonly log: (line: string) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs until `signal` aborts, finishing the job in hand first. */
export async function runJobLoop(boss: Pick<PgBoss, 'fetch' | 'complete' | 'fail'>, name: string, handler: (data: unknown) => Promise<void>, options: JobLoopOptions): Promise<void> {
  while (!options.signal.aborted) {
    let jobs: PgBoss.Job<object>[];
    try {
      jobs = (await boss.fetch<object>(name, { batchSize: 1 })) ?? [];
    } catch (error) {
      options.log(`${name}: cannot fetch a job: ${messageOf(error)}`);
      await sleep(FETCH_ERROR_PAUSE_MS, options.signal);
      continue;
    }
    if (jobs.length === 0) {
      await sleep(options.pollMs, options.signal);
      continue;
    }
    for (const job of jobs) {
      let failure: unknown = null;
      try {
        await handler(job.data);
      } catch (error) {
        failure = error;
        options.log(`${name}: job ${job.id} failed (it will be retried): ${messageOf(error)}`);
      }
      try {
        if (failure === null) await boss.complete(name, job.id);
        else await boss.fail(name, job.id, { message: messageOf(failure) });
      } catch (error) {
        // The database is away: the job stays active until it expires, then pg-boss retries it; the sweep may enqueue its work sooner.
        options.log(`${name}: cannot record job ${job.id}: ${messageOf(error)}`);
      }
    }
  }
}
