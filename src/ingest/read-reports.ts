/** @module Reads reports from paths (files, directories, "-" for standard input) and dataset files. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { NewsbriefError } from '../errors.js';
import type { Report } from '../types.js';
import { checkReportText } from './check-report-text.js';
import { decodeText } from './decode-text.js';
import { DATASET_EXPECTED, parseDataset, reportsFromCluster } from './dataset.js';
import { reportFromText } from './report-from-text.js';

/** Largest input file read whole; a news report is a few tens of kilobytes, a dataset a few tens of megabytes. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** File types read from a directory; anything else there (images, hidden files) is skipped. */
export const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md', '', '.html', '.htm', '.xhtml']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Whether bytes are an HTML page: by extension, else by how the file starts. */
export function isHtmlFile(path: string, bytes: Uint8Array): boolean {
  if (HTML_EXTENSIONS.has(extname(path).toLowerCase())) return true;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|meta|article)[\s>]/.test(head);
}
export const DATASET_EXTENSIONS = new Set(['.jsonl']);

export interface ReadOptions {
  /** With a dataset file: the id of the cluster to read. Required when the file holds more than one. */
  readonly cluster?: string;
  readonly stdin?: Readable;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.size > MAX_INPUT_BYTES) {
      throw new NewsbriefError('TOO_LARGE', `${path} is ${info.size} bytes: expected at most ${MAX_INPUT_BYTES}`, { path });
    }
    return await readFile(path);
  } catch (cause) {
    if (cause instanceof NewsbriefError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const found = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? cause);
    throw new NewsbriefError('ENOENT', `Cannot read ${path}: ${found}`, { path, cause });
  }
}

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new NewsbriefError('TOO_LARGE', `standard input is over ${MAX_INPUT_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function reportId(path: string): string {
  return basename(path, extname(path));
}

function readDatasetReports(text: string, path: string, options: ReadOptions): Report[] {
  const clusters = parseDataset(text, path);
  if (options.cluster !== undefined) {
    const found = clusters.find((c) => c.id === options.cluster);
    if (!found) throw new NewsbriefError('BAD_OPTION', `${path} has no cluster "${options.cluster}"`, { path });
    return reportsFromCluster(found);
  }
  if (clusters.length > 1) {
    throw new NewsbriefError(
      'BAD_OPTION',
      `${path} holds ${clusters.length} clusters: pick one with --cluster ID (first: "${clusters[0]!.id}"), or use "newsbrief batch"`,
      { path },
    );
  }
  return reportsFromCluster(clusters[0]!);
}

async function readFileReports(path: string, options: ReadOptions): Promise<Report[]> {
  const bytes = await readBytes(path);
  if (isHtmlFile(path, bytes)) {
    // Loaded on first use: the page extractor (linkedom, Readability) is most of the CLI's start-up, and
    // plain-text and dataset runs never need it.
    const { reportFromHtml } = await import('./html/index.js');
    return [reportFromHtml({ html: bytes, id: reportId(path), path })];
  }
  if (DATASET_EXTENSIONS.has(extname(path).toLowerCase())) return readDatasetReports(decodeText(bytes, path, DATASET_EXPECTED), path, options);
  const text = decodeText(bytes, path);
  checkReportText(text, path);
  return [reportFromText({ id: reportId(path), text, path })];
}

async function readDirectory(path: string, options: ReadOptions): Promise<Report[]> {
  const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
  const files = names.filter((n) => REPORT_EXTENSIONS.has(extname(n).toLowerCase()));
  const reports: Report[] = [];
  for (const name of files) {
    const full = join(path, name);
    if (!(await stat(full)).isFile()) continue;
    reports.push(...(await readFileReports(full, options)));
  }
  if (reports.length === 0) {
    throw new NewsbriefError('NO_REPORTS', `${path} has no readable reports: expected .txt files, found ${names.length} other entries`, { path });
  }
  return reports;
}

/** Standard input read as a file would be: a page when it starts as one (nothing names it), else plain text. */
async function readStdinReport(stream: Readable): Promise<Report> {
  const bytes = await readStream(stream);
  if (isHtmlFile('', bytes)) {
    const { reportFromHtml } = await import('./html/index.js');
    return reportFromHtml({ html: bytes, id: 'stdin' });
  }
  const text = decodeText(bytes, 'standard input');
  checkReportText(text, 'standard input');
  return reportFromText({ id: 'stdin', text });
}

/** Reads every path in order; ids are made unique across paths ("report", "report-2"). */
export async function readReports(paths: readonly string[], options: ReadOptions = {}): Promise<Report[]> {
  const reports: Report[] = [];
  for (const path of paths) {
    if (path === '-') {
      reports.push(await readStdinReport(options.stdin ?? process.stdin));
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (cause) {
      throw new NewsbriefError('ENOENT', `Cannot read ${path}: no such file or directory`, { path, cause });
    }
    reports.push(...(isDirectory ? await readDirectory(path, options) : await readFileReports(path, options)));
  }
  const seen = new Map<string, number>();
  return reports.map((report) => {
    const count = (seen.get(report.id) ?? 0) + 1;
    seen.set(report.id, count);
    return count === 1 ? report : { ...report, id: `${report.id}-${count}` };
  });
}
