/** @module `newsbrief batch`: summarizes (or briefs) every cluster of a dataset, one JSON line per cluster. */
import { Option, type Command } from 'commander';
import type { CliIo } from '../io.js';
import { parsePositiveInt } from '../options.js';
import { writeFileAtomically } from '../files.js';

const EXAMPLES = `
Examples:
  $ newsbrief batch ../shared/data/duc2004.jsonl --words 100 --out duc2004-pred.jsonl
  $ python3 ../shared/tools/rouge.py ../shared/data/duc2004.jsonl duc2004-pred.jsonl
  $ newsbrief batch ../shared/data/gva-dev.jsonl --words 100 --format json --out gva-briefs.jsonl
  $ python3 ../shared/tools/figures-predict.py gva-briefs.jsonl > gva-pred.jsonl`;

export function registerBatch(program: Command, io: CliIo): void {
  program
    .command('batch')
    .description('Summarize every cluster of a dataset: {"id", "summary": "sentence\\nsentence..."} per line, or the whole brief with --format json')
    .argument('<dataset>', 'JSONL file with {"id", "documents": [...]} or {"id", "reports": [{"id", "text", "title", "date", "url"}]} per line')
    .requiredOption('-w, --words <n>', 'word budget of each summary', parsePositiveInt('--words'))
    .addOption(
      new Option('-f, --format <format>', 'summary: {"id", "summary"} lines; json: {"id", ...the brief as "brief --format json" prints it}')
        .choices(['summary', 'json'])
        .default('summary'),
    )
    .option('-j, --jobs <n>', 'threads to summarize on, this one included (default: one per core for a long dataset, else 1, which starts no worker)', parsePositiveInt('--jobs'))
    .option('-o, --out <file>', 'write here instead of standard output (written only when every cluster is done)')
    .addHelpText('after', EXAMPLES)
    .action(async (dataset: string, options: { words: number; format: 'summary' | 'json'; jobs?: number; out?: string }) => {
      const { checkEmptySummaries, readDatasetFile, summarizeDataset } = await import('../dataset-run.js');
      const clusters = await readDatasetFile(dataset);
      const json = options.format === 'json';
      const run = await summarizeDataset(clusters, options.words, io, { briefs: json, jobs: options.jobs });
      checkEmptySummaries(run, options.words, io);
      const lines = clusters.map((c) => {
        const result = run.briefs.get(c.id);
        if (json) return JSON.stringify(result === undefined ? { id: c.id, reports: [], summary: [], words: 0, maxWords: options.words } : { id: c.id, ...result });
        return JSON.stringify({ id: c.id, summary: (run.summaries.get(c.id) ?? []).join('\n') });
      });
      const content = `${lines.join('\n')}\n`;
      if (options.out === undefined) io.stdout.write(content);
      else await writeFileAtomically(options.out, content);
    });
}
