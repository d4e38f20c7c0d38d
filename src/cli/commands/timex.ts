/** @module `newsbrief timex DATASET.jsonl`: tags the temporal expressions of each document against its creation date. */
import type { Command } from 'commander';
import { z } from 'zod';
import { tagTimexes } from '../../analyze/timex/index.js';
import { parseJsonl } from '../../ingest/jsonl.js';
import { readInputText, writeFileAtomically } from '../files.js';
import type { CliIo } from '../io.js';

/** One input line: extra keys (such as gold `timexes`) are allowed and ignored. */
const datasetLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  dct: z.string().nullable().optional(),
});

const optionsSchema = z.object({ out: z.string().min(1).optional() });

const EXAMPLES = `
Examples:
  $ newsbrief timex timeml.jsonl --out pred.jsonl
  $ echo '{"id":"a","dct":"2016-12-15","text":"The vote was held on Tuesday."}' > one.jsonl
  $ newsbrief timex one.jsonl
  {"id":"a","timexes":[{"start":21,"end":28,"type":"DATE","value":"2016-12-13"}]}`;

/**
 * Tags every line of a JSONL dataset (`{"id", "text", "dct"}`) and returns the output lines.
 * Throws BAD_JSONL naming the first malformed line; blank lines are skipped.
 */
export function tagDataset(content: string, path: string): string[] {
  const rows = parseJsonl(content, datasetLine, { label: path, expected: '{"id": string, "text": string, "dct": string|null}' });
  return rows.map((row) => {
    const timexes = tagTimexes(row.text, row.dct ?? null).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
    return JSON.stringify({ id: row.id, timexes });
  });
}

export function registerTimex(program: Command, io: CliIo): void {
  program
    .command('timex')
    .description('Tag temporal expressions (TIMEX3 type and value) in a JSONL dataset of {"id","text","dct"} lines.')
    .argument('<dataset>', 'JSONL file, one {"id","text","dct"} object per line')
    .option('--out <file>', 'write the predictions here instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (dataset: string, rawOptions: unknown) => {
      const options = optionsSchema.parse(rawOptions);
      const lines = tagDataset(await readInputText(dataset, 'one {"id", "text", "dct"} JSON object per line'), dataset);
      const content = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
      if (options.out === undefined) io.stdout.write(content);
      else await writeFileAtomically(options.out, content);
    });
}
