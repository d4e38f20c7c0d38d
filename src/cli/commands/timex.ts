/** @module `newsbrief timex DATASET.jsonl`: tags the temporal expressions of each document against its creation date. */
import type { Command } from 'commander';
import { z } from 'zod';
import { readInputText, writeFileAtomically } from '../files.js';
import type { CliIo } from '../io.js';

const optionsSchema = z.object({ out: z.string().min(1).optional() });

const EXAMPLES = `
Examples:
  $ newsbrief timex timeml.jsonl --out pred.jsonl
  $ echo '{"id":"a","dct":"2016-12-15","text":"The vote was held on Tuesday."}' > one.jsonl
  $ newsbrief timex one.jsonl
  {"id":"a","timexes":[{"start":21,"end":28,"type":"DATE","value":"2016-12-13"}]}`;

export function registerTimex(program: Command, io: CliIo): void {
  program
    .command('timex')
    .description('Tag temporal expressions (TIMEX3 type and value) in a JSONL dataset of {"id","text","dct"} lines.')
    .argument('<dataset>', 'JSONL file, one {"id","text","dct"} object per line')
    .option('--out <file>', 'write the predictions here instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (dataset: string, rawOptions: unknown) => {
      const options = optionsSchema.parse(rawOptions);
      const { tagDataset } = await import('./tag-dataset.js');
      const lines = tagDataset(await readInputText(dataset, 'one {"id", "text", "dct"} JSON object per line'), dataset);
      const content = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
      if (options.out === undefined) io.stdout.write(content);
      else await writeFileAtomically(options.out, content);
    });
}
