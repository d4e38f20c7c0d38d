/** @module `newsbrief eval`: summarizes a dataset and scores it with ROUGE against its human summaries. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { parsePositiveInt } from '../options.js';

const EXAMPLES = `
Examples:
  $ newsbrief eval ../shared/data/duc2004.jsonl --words 100
  $ newsbrief eval ../shared/data/multinews-dev.jsonl --words 230 --json`;

const pct = (x: number): string => (100 * x).toFixed(2);

export function registerEval(program: Command, io: CliIo): void {
  program
    .command('eval')
    .description('Summarize a dataset and print ROUGE-1, ROUGE-2 and ROUGE-Lsum (F1 and recall) and the time taken')
    .argument('<dataset>', 'JSONL file with {"id", "documents", "summaries"} per line')
    .requiredOption('-w, --words <n>', 'word budget of each summary', parsePositiveInt('--words'))
    .option('-j, --jobs <n>', 'threads to summarize on, this one included (default: one per core for a long dataset, else 1, which starts no worker)', parsePositiveInt('--jobs'))
    .option('--json', 'print the figures as one JSON object')
    .addHelpText('after', EXAMPLES)
    .action(async (dataset: string, options: { words: number; jobs?: number; json?: boolean }) => {
      const [{ checkEmptySummaries, readDatasetFile, summarizeDataset }, { referencesOf, scoreDataset }] = await Promise.all([import('../dataset-run.js'), import('../../evaluate/index.js')]);
      const clusters = await readDatasetFile(dataset);
      const scored = clusters.map((c) => ({ id: c.id, summaries: referencesOf(c, dataset) }));
      const run = await summarizeDataset(clusters, options.words, io, { jobs: options.jobs });
      checkEmptySummaries(run, options.words, io);
      const scores = scoreDataset(scored, run.summaries);
      const figures = {
        dataset,
        clusters: scores.clusters,
        words: options.words,
        meanWords: Number(scores.meanWords.toFixed(1)),
        rouge1: { f1: Number(pct(scores.rouge1.f1)), recall: Number(pct(scores.rouge1.recall)) },
        rouge2: { f1: Number(pct(scores.rouge2.f1)), recall: Number(pct(scores.rouge2.recall)) },
        rougeLsum: { f1: Number(pct(scores.rougeLsum.f1)), recall: Number(pct(scores.rougeLsum.recall)) },
        seconds: Number((run.summarizeMs / 1000).toFixed(2)),
        msPerCluster: Number((run.summarizeMs / Math.max(1, clusters.length)).toFixed(2)),
      };
      if (options.json) {
        io.stdout.write(`${JSON.stringify(figures)}\n`);
        return;
      }
      io.stdout.write(
        [
          `${dataset}: ${figures.clusters} clusters, budget ${figures.words} words (mean ${figures.meanWords})`,
          `            F1     recall`,
          `ROUGE-1     ${pct(scores.rouge1.f1).padStart(5)}  ${pct(scores.rouge1.recall).padStart(5)}`,
          `ROUGE-2     ${pct(scores.rouge2.f1).padStart(5)}  ${pct(scores.rouge2.recall).padStart(5)}`,
          `ROUGE-Lsum  ${pct(scores.rougeLsum.f1).padStart(5)}  ${pct(scores.rougeLsum.recall).padStart(5)}`,
          `time        ${figures.seconds} s summarizing (${figures.msPerCluster} ms per cluster)`,
          '',
        ].join('\n'),
      );
    });
}
