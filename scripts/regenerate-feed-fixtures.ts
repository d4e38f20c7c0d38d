/** @module Rewrites `expected.json` in every `test/fixtures/feed-*` folder from what the parser gives now; review the diff like code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedFixtureDirs, runFeedFixture } from '../test/feed-fixture-case.js';
import { parseScriptArgs } from './lib/script-args.js';

parseScriptArgs(`usage: node dist/scripts/regenerate-feed-fixtures.js\n  Rewrites test/fixtures/feed-*/expected.json from what the feed parser gives now; review the diff like code.`, {});

for (const dir of feedFixtureDirs()) {
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(runFeedFixture(dir), null, 2)}\n`);
  process.stdout.write(`${dir}\n`);
}
