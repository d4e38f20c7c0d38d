/** @module `newsbrief cluster STREAM.jsonl`: assigns each report of a stream to a story, in arrival order, with the live path's assigner. */
import type { Command } from 'commander';
import { z } from 'zod';
import { readInputText, writeFileAtomically } from '../files.js';
import type { CliIo } from '../io.js';

const optionsSchema = z.object({ out: z.string().min(1).optional() });

const EXAMPLES = `
Examples:
  $ printf '%s\\n' '{"id":"a","text":"Turkey massed troops on the Syrian border."}' \\
      '{"id":"b","text":"Syria denied sheltering Kurdish rebels as Turkish troops massed on the border."}' > stream.jsonl
  $ newsbrief cluster stream.jsonl
  {"id":"a","story":"s-1"}
  {"id":"b","story":"s-1"}`;

export function registerCluster(program: Command, io: CliIo): void {
  program
    .command('cluster')
    .description('Assign each report of a stream ({"id","text","title"?,"date"?} per line, in arrival order) to a story; prints {"id","story"} per report.')
    .argument('<stream>', 'JSONL file, one {"id","text","title"?,"date"?} object per line, in arrival order')
    .option('--out <file>', 'write the assignments here instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (stream: string, rawOptions: unknown) => {
      const options = optionsSchema.parse(rawOptions);
      const { parseStream, clusterStream } = await import('./cluster-stream.js');
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
