/** @module `newsbrief cluster STREAM.jsonl`: assigns each report of a stream to a story, in arrival order, with the live path's assigner. */
import type { Command } from 'commander';
import { z } from 'zod';
import { createStoryAssigner, type StoryReport } from '../../stream/cluster/index.js';
import { parseJsonl } from '../../ingest/jsonl.js';
import { readInputText, writeFileAtomically } from '../files.js';
import type { CliIo } from '../io.js';

/** One input line: a report in arrival order; extra keys are allowed and ignored. */
const streamLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  date: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
});

const optionsSchema = z.object({ out: z.string().min(1).optional() });

/** Reports between two progress updates on a terminal. */
const PROGRESS_EVERY = 500;

const EXAMPLES = `
Examples:
  $ printf '%s\\n' '{"id":"a","text":"Turkey massed troops on the Syrian border."}' \\
      '{"id":"b","text":"Syria denied sheltering Kurdish rebels as Turkish troops massed on the border."}' > stream.jsonl
  $ newsbrief cluster stream.jsonl
  {"id":"a","story":"s-1"}
  {"id":"b","story":"s-1"}`;

/** Parses the stream's lines into reports, throwing BAD_JSONL naming the first bad line; blank lines are skipped. */
export function parseStream(content: string, path: string): StoryReport[] {
  return parseJsonl(content, streamLine, { label: path, expected: '{"id": string, "text": string, "title"?: string|null, "date"?: string|null}' }).map((row) => ({
    id: row.id,
    text: row.text,
    publishedAt: row.date ?? null,
    title: row.title ?? null,
  }));
}

/** Assigns every report in order with a fresh assigner and returns the `{"id","story"}` lines. */
export function clusterStream(reports: readonly StoryReport[], onProgress: (done: number) => void = () => {}): string[] {
  const assigner = createStoryAssigner();
  return reports.map((report, k) => {
    if ((k + 1) % PROGRESS_EVERY === 0) onProgress(k + 1);
    return JSON.stringify({ id: report.id, story: assigner.assign(report).story });
  });
}

export function registerCluster(program: Command, io: CliIo): void {
  program
    .command('cluster')
    .description('Assign each report of a stream ({"id","text","title"?,"date"?} per line, in arrival order) to a story; prints {"id","story"} per report.')
    .argument('<stream>', 'JSONL file, one {"id","text","title"?,"date"?} object per line, in arrival order')
    .option('--out <file>', 'write the assignments here instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (stream: string, rawOptions: unknown) => {
      const options = optionsSchema.parse(rawOptions);
      const reports = parseStream(await readInputText(stream, 'one {"id", "text", "title"?, "date"?} JSON object per line'), stream);
      const showProgress = io.stderr.isTTY === true;
      const lines = clusterStream(reports, (done) => {
        if (showProgress) io.stderr.write(`\rcluster: ${done}/${reports.length} reports`);
      });
      if (showProgress) io.stderr.write(`\rcluster: ${reports.length}/${reports.length} reports\n`);
      const content = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
      if (options.out === undefined) io.stdout.write(content);
      else await writeFileAtomically(options.out, content);
    });
}
