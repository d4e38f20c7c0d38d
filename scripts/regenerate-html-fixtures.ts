/** @module Rewrites `expected.json` in every `test/fixtures/html-*` folder from the current code; review the diff like code. */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { htmlFixtureDirs, runHtmlFixture } from '../test/html-fixture-case.js';
import { parseScriptArgs } from './lib/script-args.js';

parseScriptArgs(`usage: node dist/scripts/regenerate-html-fixtures.js\n  Rewrites test/fixtures/html-*/expected.json from the current code; review the diff like code.`, {});

for (const dir of htmlFixtureDirs()) {
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(runHtmlFixture(dir), null, 2)}\n`);
  console.log(`wrote ${basename(dir)}/expected.json`);
}
