/** @module `add`: files, folders and URLs into the store — files stored as pending reports, URLs queued for fetching. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isNewsbriefError, NewsbriefError } from '../errors.js';
import { reportFromHtml } from '../ingest/html/index.js';
import { readReports, REPORT_EXTENSIONS } from '../ingest/index.js';
import type { Report } from '../types.js';
import { emit, nowIso, type StreamContext } from './stream-context.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export interface AddSummary {
  readonly stored: number;
  readonly queued: number;
  readonly duplicates: number;
  readonly skipped: number;
}

export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Report files of a folder, sorted, hidden files left out; text and HTML both. */
async function listFolder(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const files: string[] = [];
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    if (!REPORT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) continue;
    if ((await stat(join(dir, name))).isFile()) files.push(join(dir, name));
  }
  return files;
}

async function readFileReport(path: string): Promise<Report[]> {
  if (!HTML_EXTENSIONS.has(extname(path).toLowerCase())) return readReports([path]);
  return [reportFromHtml({ html: await readFile(path), id: basename(path), path })];
}

async function expand(input: string): Promise<string[]> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(input)).isDirectory();
  } catch (cause) {
    throw new NewsbriefError('ENOENT', `Cannot read ${input}: no such file or directory (expected a file, a folder or an http(s) URL)`, { path: input, cause });
  }
  if (!isDirectory) return [input];
  const files = await listFolder(input);
  if (files.length === 0) throw new NewsbriefError('NO_REPORTS', `${input} has no reports: expected .txt or .html files`, { path: input });
  return files;
}

/**
 * Stores every input before anything is processed: a file's report as `pending`, a URL as
 * `queued`. A file that is not an article (NOT_ARTICLE) or not text is skipped with an event, so
 * one bad page does not stop a folder; a missing path throws before anything is stored.
 */
export async function addInputs(context: StreamContext, inputs: readonly string[]): Promise<AddSummary> {
  const urls = inputs.filter(isUrlInput);
  const files = (await Promise.all(inputs.filter((i) => !isUrlInput(i)).map(expand))).flat();
  let stored = 0;
  let duplicates = 0;
  let skipped = 0;
  for (const path of files) {
    let reports: Report[];
    try {
      reports = await readFileReport(path);
    } catch (error) {
      if (!isNewsbriefError(error) || !['NOT_ARTICLE', 'DECODE', 'BINARY', 'EMPTY', 'TOO_LARGE'].includes(error.code)) throw error;
      skipped += 1;
      emit(context, { kind: 'skipped', label: path, message: error.message });
      continue;
    }
    for (const report of reports) {
      const outcome = await context.store.addReport(report, nowIso(context));
      if (outcome.kind === 'added') {
        stored += 1;
        emit(context, { kind: 'stored', id: outcome.id, label: path });
      } else {
        duplicates += 1;
        emit(context, { kind: 'duplicate', label: path, of: outcome.duplicateOf });
      }
    }
  }
  const outcomes = await context.store.enqueueUrls(urls.map((url) => ({ url })), nowIso(context));
  let queued = 0;
  outcomes.forEach((outcome, i) => {
    if (outcome.kind === 'added') {
      queued += 1;
      emit(context, { kind: 'queued', id: outcome.id, url: urls[i]! });
    } else {
      duplicates += 1;
      emit(context, { kind: 'duplicate', label: urls[i]!, of: outcome.duplicateOf });
    }
  });
  return { stored, queued, duplicates, skipped };
}
