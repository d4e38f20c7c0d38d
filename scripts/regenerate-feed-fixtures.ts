/** @module Rewrites `expected.json` in every `test/fixtures/feed-*` folder from what the parser gives now; review the diff like code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedFixtureDirs, runFeedFixture } from '../test/feed-fixture-case.js';

for (const dir of feedFixtureDirs()) {
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(runFeedFixture(dir), null, 2)}\n`);
  process.stdout.write(`${dir}\n`);
}
