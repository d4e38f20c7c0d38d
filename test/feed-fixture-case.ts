/** @module Runs one `test/fixtures/feed-*` folder through decodeFeed and parseFeed: shared by the fixture test and the regenerate script. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isNewsbriefError } from '../src/errors.js';
import { decodeFeed, parseFeed } from '../src/ingest/feed/index.js';
import { repoRoot } from './html-fixture-case.js';

const optionsSchema = z.object({ url: z.string().url(), contentType: z.string().nullable() });

export function feedFixtureDirs(): string[] {
  const root = join(repoRoot(), 'test', 'fixtures');
  return readdirSync(root)
    .filter((name) => name.startsWith('feed-'))
    .sort()
    .map((name) => join(root, name));
}

/** Parses the folder's `input.*` with `options.json` (`{"url", "contentType"}`): the feed, or the error's code and message. */
export function runFeedFixture(dir: string): unknown {
  const input = readdirSync(dir).find((name) => name.startsWith('input.'));
  if (input === undefined) throw new Error(`${dir} has no input.* file`);
  const options = optionsSchema.parse(JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')));
  try {
    return parseFeed(decodeFeed(readFileSync(join(dir, input)), options.contentType, options.url), options.url, options.contentType);
  } catch (error) {
    if (!isNewsbriefError(error)) throw error;
    return { error: { code: error.code, message: error.message } };
  }
}
