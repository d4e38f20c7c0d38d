/** @module `newsbrief extract`: prints one report as newsbrief reads it, or extracts a JSONL dataset of pages. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { isNewsbriefError, NewsbriefError } from '../../errors.js';
import { decodeText } from '../../ingest/index.js';
import { ISO_DATE } from '../../ingest/index.js';
import { reportFromText } from '../../ingest/index.js';
import { isHtmlFile } from '../../ingest/index.js';
import type { Report } from '../../types.js';
import { parseJsonl } from '../../ingest/index.js';
import { readInputBytes, readInputText, writeFileAtomically } from '../files.js';
import type { CliIo } from '../io.js';
import { badOptionError } from '../options.js';


const optionsSchema = z.object({
  url: z.string().url('expected an absolute URL such as https://example.com/story').optional(),
  batch: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  date: z.string().regex(ISO_DATE, 'expected an ISO date such as 2016-12-15 or 2016-12-15T10:00:00Z').refine((value) => !Number.isNaN(Date.parse(value)), 'expected a real date such as 2016-12-15').optional(),
  author: z.string().min(1).optional(),
});
type ExtractOptions = z.infer<typeof optionsSchema>;

const datasetLine = z.object({ id: z.string().min(1), url: z.string().optional(), html: z.string() });

const EXAMPLES = `
Examples:
  $ newsbrief extract page.html --url https://example.com/story
  {
    "title": "Evacuation of eastern Aleppo resumes after delay – officials",
    "source": "World News Daily",
    "url": "https://worldnewsdaily.example/world/aleppo-evacuation-resumes",
    "date": "2016-12-15T09:30:00+02:00",
    "text": "The evacuation of rebel-held eastern Aleppo resumed on Thursday ...",
    "author": ..., "origins": {...}
  }
  $ newsbrief extract --batch pages.jsonl --out extracted.jsonl
A sidecar file NAME.meta.json beside FILE ({"title","source","url","date","author"}) supplies
metadata the page lacks; --title/--source/--date/--author override both.`;


/** The page extractor (linkedom, Readability) is most of the CLI's start-up: loaded only when a page is read. */
const loadPageExtractor = () => import('../../ingest/html/index.js');

async function readSidecarFile(path: string): Promise<unknown> {
  const sidecarPath = join(dirname(path), `${basename(path, extname(path))}.meta.json`);
  if (!existsSync(sidecarPath)) return undefined;
  const { parseLooseJson } = await import('../../ingest/metadata/index.js');
  const value = parseLooseJson(await readFile(sidecarPath, 'utf8'));
  if (value === null) throw new NewsbriefError('BAD_INPUT', `Cannot read ${sidecarPath}: expected a JSON object`, { path: sidecarPath });
  return value;
}

/** A plain-text file: the text as read, its date and agency from its dateline when it has one. */
function textReport(path: string, bytes: Uint8Array, flags: Record<string, string>): Report {
  return reportFromText({
    id: basename(path),
    text: decodeText(bytes, path),
    path,
    url: flags.url ?? null,
    title: flags.title ?? null,
    source: flags.source ?? null,
    publishedAt: flags.publishedAt ?? null,
    author: flags.author ?? null,
  });
}

function flagValues(options: ExtractOptions): Record<string, string> {
  const flags: Record<string, string> = {};
  if (options.title !== undefined) flags.title = options.title;
  if (options.source !== undefined) flags.source = options.source;
  if (options.date !== undefined) flags.publishedAt = options.date;
  if (options.author !== undefined) flags.author = options.author;
  return flags;
}

async function extractOne(path: string, options: ExtractOptions, io: CliIo): Promise<void> {
  const bytes = await readInputBytes(path);
  const flags = flagValues(options);
  const report = isHtmlFile(path, bytes)
    ? (await loadPageExtractor()).reportFromHtml({ html: bytes, id: basename(path), path, url: options.url, sidecar: await readSidecarFile(path), flags })
    : textReport(path, bytes, { ...flags, ...(options.url === undefined ? {} : { url: options.url }) });
  const out = { title: report.title, source: report.source, url: report.url, date: report.publishedAt, text: report.text, author: report.author ?? null, origins: report.origins ?? {} };
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

async function extractBatch(dataset: string, out: string | undefined, io: CliIo): Promise<void> {
  const { reportFromHtml } = await loadPageExtractor();
  const rows = parseJsonl(await readInputText(dataset, 'one {"id", "url", "html"} JSON object per line'), datasetLine, { label: dataset, expected: '{"id", "url", "html"}' });
  const lines = rows.map(({ id, url, html }) => {
    try {
      const report = reportFromHtml({ html, id, ...(url === undefined ? {} : { url }) });
      return JSON.stringify({ id, title: report.title, text: report.text });
    } catch (error) {
      if (!isNewsbriefError(error) || error.code !== 'NOT_ARTICLE') throw error;
      // One non-article page does not stop a dataset run: it is written with empty text and the reason.
      return JSON.stringify({ id, title: null, text: '', notArticle: error.message });
    }
  });
  const body = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  if (out === undefined) io.stdout.write(body);
  else await writeFileAtomically(out, body);
}

export function registerExtract(program: Command, io: CliIo): void {
  program
    .command('extract')
    .description('Print one report (HTML or text) as newsbrief reads it, as JSON; or extract a JSONL dataset of pages')
    .argument('[file]', 'an HTML page or a text report')
    .option('--url <url>', 'the address the page came from (a canonical URL in the page wins)')
    .option('--batch <dataset>', 'JSONL file of {"id","url","html"} lines; writes {"id","title","text"} lines')
    .option('--out <file>', 'with --batch: write here instead of stdout')
    .option('--title <title>', 'the report title, overriding the page')
    .option('--source <source>', 'the publisher, overriding the page')
    .option('--date <date>', 'the publication date (ISO), overriding the page')
    .option('--author <author>', 'the author, overriding the page')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string | undefined, raw: unknown) => {
      const parsed = optionsSchema.safeParse(raw);
      if (!parsed.success) throw badOptionError(raw, parsed.error);
      const options = parsed.data;
      if (options.batch !== undefined) {
        if (file !== undefined) throw new NewsbriefError('BAD_OPTION', `extract takes either FILE or --batch DATASET, got both ("${file}")`);
        await extractBatch(options.batch, options.out, io);
        return;
      }
      if (file === undefined) throw new NewsbriefError('BAD_OPTION', 'extract needs a FILE (or --batch DATASET.jsonl)');
      if (options.out !== undefined) throw new NewsbriefError('BAD_OPTION', '--out is only used with --batch');
      await extractOne(file, options, io);
    });
}
