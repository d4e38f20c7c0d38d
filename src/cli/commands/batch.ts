/** @module `newsbrief batch`: summarizes every cluster of a dataset, one JSON line per cluster. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { readDatasetFile, summarizeDataset } from '../dataset-run.js';
import { parsePositiveInt } from '../options.js';
import { writeFileAtomically } from '../files.js';

const EXAMPLES = `
Examples:
  $ newsbrief batch ../shared/data/duc2004.jsonl --words 100 --out duc2004-pred.jsonl
  $ python3 ../shared/tools/rouge.py ../shared/data/duc2004.jsonl duc2004-pred.jsonl`;

export function registerBatch(program: Command, io: CliIo): void {
  program
    .command('batch')
    .description('Summarize every cluster of a dataset: {"id", "summary": "sentence\\nsentence..."} per line')
    .argument('<dataset>', 'JSONL file with {"id", "documents": [...]} per line')
    .requiredOption('-w, --words <n>', 'word budget of each summary', parsePositiveInt('--words'))
    .option('-o, --out <file>', 'write here instead of standard output (written only when every cluster is done)')
    .addHelpText('after', EXAMPLES)
    .action(async (dataset: string, options: { words: number; out?: string }) => {
      const clusters = await readDatasetFile(dataset);
      const run = await summarizeDataset(clusters, options.words, io);
      const lines = clusters.map((c) => JSON.stringify({ id: c.id, summary: (run.summaries.get(c.id) ?? []).join('\n') }));
      const content = `${lines.join('\n')}\n`;
      if (options.out === undefined) io.stdout.write(content);
      else await writeFileAtomically(options.out, content);
    });
}
