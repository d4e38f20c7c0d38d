/** @module Runs the reference scorer `shared/tools/rouge.py` on a predictions file and reads its one-line JSON report. */
import { execFileSync } from 'node:child_process';
import { z } from 'zod';
import { PYTHON, REFERENCE_ROUGE_PY } from './shared-paths.js';

const Report = z.object({
  rouge1: z.number(),
  rouge2: z.number(),
  rougeLsum: z.number(),
  words: z.number(),
  clusters: z.number(),
  predicted: z.number(),
});

export type ReferenceReport = z.infer<typeof Report>;

/** Scores with rouge.py: F1 x100 by default, recall x100 with `recall`. */
export function runReferenceRouge(datasetPath: string, predictionsPath: string, recall: boolean): ReferenceReport {
  const args = [REFERENCE_ROUGE_PY, ...(recall ? ['--recall'] : []), datasetPath, predictionsPath];
  const stdout = execFileSync(PYTHON, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  return Report.parse(JSON.parse(stdout.trim().split('\n').pop() ?? ''));
}
