/** @module The one-cluster entry point: reports in, a brief out. (Being built; see issue 3.) */
import type { Brief, Report } from './types.js';

export interface BriefOptions {
  /** Hard word budget of the summary (whitespace words). Default 120. */
  readonly maxWords?: number;
}

export async function brief(reports: readonly Report[], options: BriefOptions = {}): Promise<Brief> {
  void reports;
  void options;
  throw new Error('brief: not built yet');
}

/** Summarizes raw document texts (the dataset format) into summary sentences, for evaluation and benchmarks. */
export async function summarizeDocuments(documents: readonly string[], options: BriefOptions = {}): Promise<string[]> {
  void documents;
  void options;
  throw new Error('summarizeDocuments: not built yet');
}
