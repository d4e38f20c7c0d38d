/**
 * @module What the rebuild step needs of whoever builds its briefs (a pool of threads in run/brief-pool.ts, or `brief()`
 * itself): the function's shape and the error a closing pool rejects with.
 */
import type { Brief, BriefOptions } from '../brief/index.js';
import type { Report } from '../types.js';

export interface BuildBriefOptions extends BriefOptions {
  /** Time budget of this brief, from when a thread starts on it; on a pool, default DEFAULT_BRIEF_BUDGET_MS (run/brief-pool.ts). */
  readonly budgetMs?: number;
}

/**
 * The pool was closed with this brief in progress or waiting (the process is stopping): not the story's
 * failure, so the story is left stale and built again after the restart.
 */
export class BriefAbandonedError extends Error {
  constructor() {
    super('the brief pool is closed: brief abandoned');
    this.name = 'BriefAbandonedError';
  }
}

export type BuildBrief = (reports: readonly Report[], options?: BuildBriefOptions) => Promise<Brief>;

