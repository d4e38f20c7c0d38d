/** @module Shared by the brief fixture runner and its regenerate script: one folder, one brief. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brief } from '../src/brief/compose-brief.js';
import { readReports } from '../src/ingest/index.js';
import type { Brief } from '../src/brief/compose-brief.js';
import { FIXTURES_DIR, REPO_ROOT } from './repo-root.js';

export interface BriefCase {
  readonly name: string;
  readonly dir: string;
  readonly input: string;
  readonly maxWords: number;
}

/** Every `test/fixtures/*-brief/` folder: `options.json` names the input (relative to the repo) and the budget. */
export function briefCases(): BriefCase[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('-brief'))
    .map((name) => {
      const dir = join(FIXTURES_DIR, name);
      const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as { input: string; maxWords: number };
      return { name, dir, input: options.input, maxWords: options.maxWords };
    });
}

/** The brief as the fixture stores it: paths relative to the repository, so it is the same on every machine. */
export async function briefFor(fixture: BriefCase): Promise<Brief> {
  const reports = await readReports([join(REPO_ROOT, fixture.input)]);
  const result = await brief(reports, { maxWords: fixture.maxWords });
  return JSON.parse(JSON.stringify(result).replaceAll(`${REPO_ROOT}/`, '')) as Brief;
}
