/** @module `newsbrief cluster STREAM.jsonl`: assigns each report of a stream to a story, in arrival order, with the live path's assigner. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';
import { createStoryAssigner, type StoryReport } from '../../stream/cluster/index.js';
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
  const reports: StoryReport[] = [];
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
    const row = streamLine.safeParse(parsed);
    if (!row.success) {
      const issue = row.error.issues[0];
      const where = issue === undefined ? '' : ` (${issue.path.join('.') || 'line'}: ${issue.message})`;
      throw new NewsbriefError('BAD_JSONL', `${path}:${lineNo}: expected {"id": string, "text": string, "date"?: string|null}${where}`, { path, line: lineNo });
    }
    reports.push({ id: row.data.id, text: row.data.text, publishedAt: row.data.date ?? null, title: row.data.title ?? null });
  }
  return reports;
}

/** Assigns every report in order with a fresh assigner and returns the `{"id","story"}` lines. */
export function clusterStream(reports: readonly StoryReport[], onProgress: (done: number) => void = () => {}): string[] {
  const assigner = createStoryAssigner();
  return reports.map((report, k) => {
    if ((k + 1) % PROGRESS_EVERY === 0) onProgress(k + 1);
    return JSON.stringify({ id: report.id, story: assigner.assign(report).story });
  });
}

async function readStream(path: string): Promise<string> {
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

export function registerCluster(program: Command, io: CliIo): void {
  program
    .command('cluster')
    .description('Assign each report of a stream ({"id","text","date"?} per line, in arrival order) to a story; prints {"id","story"} per report.')
    .argument('<stream>', 'JSONL file, one {"id","text","date"?} object per line, in arrival order')
    .option('--out <file>', 'write the assignments here instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (stream: string, rawOptions: unknown) => {
      const options = optionsSchema.parse(rawOptions);
      const reports = parseStream(await readStream(stream), stream);
      const showProgress = io.stderr.isTTY === true;
      const lines = clusterStream(reports, (done) => {
        if (showProgress) io.stderr.write(`\rcluster: ${done}/${reports.length} reports`);
      });
      if (showProgress) io.stderr.write(`\rcluster: ${reports.length}/${reports.length} reports\n`);
      const content = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
      if (options.out === undefined) io.stdout.write(content);
      else await writeAtomically(options.out, content);
    });
}
