/** @module `newsbrief stories` (newest activity first) and `newsbrief story ID` (its latest brief, or a given version). */
import type { Command } from 'commander';
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';
import type { Store, StoryVersion } from '../../store/index.js';
import type { CliIo } from '../io.js';
import { parsePositiveInt } from '../options.js';
import { checkDataDir } from './data-dir.js';
import { addDataOption, parseStreamOptions } from './stream-options.js';

const formatSchema = z.enum(['text', 'json']);

function parseFormat(value: unknown): 'text' | 'json' {
  const parsed = formatSchema.safeParse(value ?? 'text');
  if (!parsed.success) throw new NewsbriefError('BAD_OPTION', `--format must be text or json, got "${String(value)}"`);
  return parsed.data;
}

async function withStore<T>(raw: unknown, fn: (store: Store) => Promise<T>): Promise<T> {
  // Loaded when the command runs, not at start-up: every other command would pay for it.
  const { databaseUrl, openStore } = await import('../../store/index.js');
  const { data } = parseStreamOptions(raw);
  // Read-only: a mistyped --data is refused rather than made into an empty store.
  await checkDataDir(data, 'read', databaseUrl() !== null);
  const store = await openStore(data);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function registerStories(program: Command, io: CliIo): void {
  addDataOption(program.command('stories').description('List stories, newest activity first'), 'read')
    .option('--format <format>', 'text or json', 'text')
    .option('--limit <n>', 'at most this many stories', parsePositiveInt('--limit'))
    .option('--query <text>', 'only stories whose headline, summary or entity names match every word, best match first')
    .addHelpText('after', '\nExample (after newsbrief add examples/aleppo):\n  $ newsbrief stories\n  s-1\t5 reports\t5 sources\tv1\t2026-12-03T18:04:29.818Z\tFour-year battle for Aleppo could be over \'within hours\'\n' +
      '  $ newsbrief stories --query observatory\n  s-1\t5 reports\t5 sources\tv1\t2026-12-03T18:04:29.818Z\tFour-year battle for Aleppo could be over \'within hours\'\n' +
      'Columns: id, reports, independent sources, latest brief version ("+" when newer reports await a rebuild), last report\'s arrival, headline ' +
      '(the newest report\'s title, else the start of the brief\'s lead sentence).')
    .action(async (raw: { format?: string; limit?: number; query?: string }) => {
      const format = parseFormat(raw.format);
      const query = raw.query;
      const stories = await withStore(raw, (store) => (query === undefined ? store.listStories(raw.limit) : store.searchStories(query, raw.limit)));
      if (format === 'json') {
        io.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
        return;
      }
      // Loaded here, not at the top: `newsbrief --help` needs none of the brief stage (it brings the summarizer).
      const { countNoun, displayText, storyTitle } = await import('../../brief/index.js');
      if (stories.length === 0) io.stdout.write(query === undefined ? 'No stories yet. Add reports with: newsbrief add PATH|URL\n' : `No story matches "${query}".\n`);
      for (const s of stories) {
        io.stdout.write(`${s.id}\t${countNoun(s.reportCount, 'report')}\t${countNoun(s.independentCount, 'source')}\tv${s.latestVersion}${s.dirtySince === null ? '' : '+'}\t${s.lastReportAt}\t${displayText(storyTitle(s))}\n`);
      }
    });
}

export function registerStory(program: Command, io: CliIo): void {
  addDataOption(program.command('story').description("Print a story's brief: summary with sources, what changed, reports").argument('<id>', 'story id, e.g. s-1'), 'read')
    .option('--format <format>', 'text or json', 'text')
    .option('--version <n>', 'an earlier version (default the latest)', parsePositiveInt('--version'))
    .addHelpText('after', '\nExample (after newsbrief add examples/aleppo):\n  $ newsbrief story s-1\n  Four-year battle for Aleppo could be over \'within hours\'\n  Story s-1, version 1 of 1 (2026-12-03T18:04:30.866Z); 5 reports, 5 independent\n  ...\n  $ newsbrief story s-1 --version 1 --format json > s-1.json')
    .action(async (id: string, raw: { format?: string; version?: number }) => {
      const format = parseFormat(raw.format);
      const { story, version } = await withStore(raw, async (store) => {
        const found = await store.getStory(id);
        if (found === null) throw new NewsbriefError('BAD_OPTION', `No story "${id}": expected an id that newsbrief stories lists, such as s-1`);
        const v: StoryVersion | null = await store.storyVersion(id, raw.version);
        return { story: found, version: v };
      });
      if (version === null) {
        throw new NewsbriefError('BAD_INPUT', raw.version === undefined ? `Story ${id} has no brief yet: run newsbrief poll or add to build it` : `Story ${id} has no version ${raw.version} (latest is ${story.latestVersion})`);
      }
      if (format === 'json') io.stdout.write(`${JSON.stringify({ story, version: version.version, createdAt: version.createdAt, changes: version.changes, brief: version.brief }, null, 2)}\n`);
      else io.stdout.write((await import('../../brief/index.js')).renderStoryText(story, version));
    });
}
