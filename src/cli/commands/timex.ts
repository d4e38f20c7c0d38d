/** @module `newsbrief timex DATASET.jsonl`: tags the temporal expressions of each document against its creation date. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';
import { tagTimexes } from '../../analyze/timex/index.js';
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
  const out: string[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]?.trim() ?? '';
    if (raw === '') continue;
    const lineNo = i + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (cause) {
      throw new NewsbriefError('BAD_JSONL', `${path}:${lineNo}: expected a JSON object per line, got invalid JSON`, { path, line: lineNo, cause });
    }
    const row = datasetLine.safeParse(parsed);
    if (!row.success) {
      const issue = row.error.issues[0];
      const where = issue === undefined ? '' : ` (${issue.path.join('.') || 'line'}: ${issue.message})`;
      throw new NewsbriefError('BAD_JSONL', `${path}:${lineNo}: expected {"id": string, "text": string, "dct": string|null}${where}`, { path, line: lineNo });
    }
    const timexes = tagTimexes(row.data.text, row.data.dct ?? null).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
    out.push(JSON.stringify({ id: row.data.id, timexes }));
  }
  return out;
}

async function readDataset(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new NewsbriefError('ENOENT', `Cannot read ${path}: no such file`, { path, cause });
  }
}

/** Writes through a temporary file and a rename, so a failed run leaves no partial output. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new NewsbriefError('BAD_OPTION', `Cannot write ${path}`, { path, cause });
  }
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
      const lines = tagDataset(await readDataset(dataset), dataset);
      const content = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
      if (options.out === undefined) io.stdout.write(content);
      else await writeAtomically(options.out, content);
    });
}
