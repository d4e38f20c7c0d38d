/** @module `newsbrief brief`: the brief of one story, from report files, folders, a dataset cluster or stdin. */
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { NewsbriefError } from '../../errors.js';
import type { CliIo } from '../io.js';
import { parsePositiveInt } from '../options.js';

const EXAMPLES = `
Examples:
  $ newsbrief brief examples/aleppo --words 120
  $ newsbrief brief examples/aleppo --format json > brief.json
  $ newsbrief brief page.html report.txt --format markdown
  $ cat report.txt | newsbrief brief -
  $ newsbrief brief ../shared/data/duc2004.jsonl --cluster duc2004-d30001t --words 100`;

/** Why a brief has no summary at all, said instead of printing an empty one. */
function emptySummaryError(words: number, shortest: number | null): NewsbriefError {
  if (shortest === null) {
    return new NewsbriefError('BAD_INPUT', 'No sentence of these reports can be summarized: expected article sentences of 8 to 80 words, found only captions, headlines or shorter lines');
  }
  return new NewsbriefError('BAD_OPTION', `--words ${words} is too small for any sentence of these reports: the shortest one that could be chosen has ${shortest} words (give --words ${shortest} or more)`);
}

export function registerBrief(program: Command, io: CliIo): void {
  program
    .command('brief')
    .description('Summarize the reports of one story, with the source of every sentence')
    .argument('<paths...>', 'report files (.txt, .html), folders of them, a dataset .jsonl, or - for standard input')
    .option('-w, --words <n>', 'word budget of the summary, never exceeded', parsePositiveInt('--words'), 120)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--cluster <id>', 'with a dataset file: which cluster to summarize')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: { words: number; format: 'text' | 'markdown' | 'json'; cluster?: string }) => {
      // Loaded here, not at the top: `newsbrief --help` and the other commands need none of the pipeline.
      const [{ brief, shortestSummarySentence, renderFactsMarkdown, renderFactsText, renderSummaryMarkdown, renderSummaryText }, { readReports, DATASET_EXTENSIONS }] = await Promise.all([
        import('../../brief/index.js'),
        import('../../ingest/index.js'),
      ]);
      if (options.cluster !== undefined && !paths.some((p) => DATASET_EXTENSIONS.has(extname(p).toLowerCase()))) {
        // Otherwise it is silently ignored, and the user reads a brief of every report given.
        throw new NewsbriefError('BAD_OPTION', `--cluster picks a cluster of a dataset .jsonl, but no path given is one (got ${paths.join(' ')})`);
      }
      const reports = await readReports(paths, { stdin: io.stdin, ...(options.cluster === undefined ? {} : { cluster: options.cluster }) });
      const result = await brief(reports, { maxWords: options.words });
      if (result.summary.length === 0) throw emptySummaryError(options.words, shortestSummarySentence(reports));
      if (options.format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (options.format === 'markdown') io.stdout.write(`${renderSummaryMarkdown(result)}\n${renderFactsMarkdown(result, reports)}`);
      else io.stdout.write(`${renderSummaryText(result)}\n${renderFactsText(result, reports)}`);
    });
}
