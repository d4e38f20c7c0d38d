/** @module Flags and plumbing shared by the stream commands: --data, the fetch policy, opening the data directory, progress on stderr. */
import type { Command } from 'commander';
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';
import type { OpenedStream } from '../../run/index.js';
import type { StreamEvent } from '../../stream/index.js';
import type { CliIo } from '../io.js';
import { badOptionError } from '../options.js';
import { checkDataDir, hasDatabase, type DataDirUse } from './data-dir.js';

export const DEFAULT_DATA_DIR = './newsbrief-data';

const streamOptionsSchema = z.object({
  data: z.string().min(1).default(DEFAULT_DATA_DIR),
  allowPrivate: z.boolean().default(false),
  allowHost: z.array(z.string().min(1)).default([]),
  timeout: z.coerce.number().int().positive().optional(),
});
export type StreamOptions = z.infer<typeof streamOptionsSchema>;

/** `--data DIR`; its help says whether the command creates a missing directory or refuses it (data-dir.ts). */
export function addDataOption(command: Command, use: DataDirUse = 'create'): Command {
  const description = use === 'create' ? 'the data directory (created when missing)' : 'the data directory (must exist: made by add, feeds add, poll, watch or serve)';
  return command.option('--data <dir>', description, DEFAULT_DATA_DIR);
}

export function addFetchOptions(command: Command): Command {
  return command
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses (refused by default)')
    .option('--allow-host <name...>', 'host names that may resolve to private addresses, e.g. an intranet feed server')
    .option('--timeout <ms>', 'time limit of each fetch, in milliseconds (default 15000)');
}

/** Checks the flags commander collected; the message names the flag. */
export function parseStreamOptions(raw: unknown): StreamOptions {
  const parsed = streamOptionsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw badOptionError(raw, parsed.error);
}

function describe(event: StreamEvent): string {
  switch (event.kind) {
    case 'queued': return `queued ${event.url}`;
    case 'stored': return `stored ${event.label} as ${event.id}`;
    case 'duplicate': return `${event.label}: already stored as ${event.of}`;
    case 'fetched': return `fetched ${event.url}`;
    case 'fetch-failed': return `${event.message}${event.willRetry ? ' (will retry)' : ''}`;
    case 'assigned': return `${event.id} -> story ${event.storyId}${event.isNewStory ? ' (new)' : ''}${event.nearDuplicateOf === null ? '' : ` (copy of ${event.nearDuplicateOf})`}`;
    case 'brief': return `story ${event.storyId}: brief version ${event.version} from ${event.reports} report${event.reports === 1 ? '' : 's'}`;
    case 'brief-failed': return `story ${event.storyId}: ${event.message}${typeof event.retryAt === 'string' ? ` (will retry after ${event.retryAt})` : ''}`;
    case 'feed-polled': return `${event.url}: ${event.result === 'error' ? event.message ?? 'error' : `${event.result}, ${event.newItems} new`}`;
    case 'skipped': return `skipped ${event.message}`;
  }
}

const PROBLEMS = new Set<StreamEvent['kind']>(['fetch-failed', 'brief-failed', 'skipped']);

/**
 * Progress on stderr: on a terminal, one line rewritten in place for every event; otherwise
 * (pipes, CI, tests) only problems, one line each, so logs stay short.
 */
export function progressReporter(io: CliIo): (event: StreamEvent) => void {
  const isTty = io.stderr.isTTY === true;
  return (event) => {
    const line = describe(event);
    if (PROBLEMS.has(event.kind)) io.stderr.write(`${isTty ? '\r\x1b[K' : ''}newsbrief: ${line}\n`);
    else if (isTty) io.stderr.write(`\r\x1b[K${line.slice(0, 120)}`);
  };
}

/** Opens the data directory, runs `fn`, and always closes it (releasing the lock). */
/** `briefWorkers` > 0 builds briefs on threads (`watch`: so a signal is heard, and a brief abandoned, at once). */
export async function withStream<T>(io: CliIo, options: StreamOptions, fn: (opened: OpenedStream) => Promise<T>, briefWorkers = 0): Promise<T> {
  // Loaded when the command runs, not at start-up: every other command would pay for it.
  const { openStream } = await import('../../run/index.js');
  const { databaseUrl } = await import('../../store/index.js');
  await checkDataDir(options.data, 'create', databaseUrl() !== null);
  // Creating the database is the slow part of a first run (seconds of PGlite start-up, silent otherwise).
  if (io.stderr.isTTY === true && databaseUrl() === null && !(await hasDatabase(options.data))) io.stderr.write(`\r\x1b[Kcreating the database in ${options.data}...`);
  const opened = await openStream(options.data, {
    allowPrivate: options.allowPrivate,
    allowHosts: options.allowHost,
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
    onEvent: progressReporter(io),
    briefWorkers,
  });
  try {
    return await fn(opened);
  } finally {
    if (io.stderr.isTTY === true) io.stderr.write('\r\x1b[K');
    await opened.close();
  }
}
