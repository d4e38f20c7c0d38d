/** @module Rewrites every test/fixtures/*-brief/expected.json from the current code; review the diff like code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefCases, briefFor } from '../test/brief-fixture-case.js';
import { parseScriptArgs } from './lib/script-args.js';

parseScriptArgs(`usage: node dist/scripts/regenerate-brief-fixtures.js\n  Rewrites test/fixtures/*-brief/expected.json from the current code; review the diff like code.`, {});

for (const fixture of briefCases()) {
  writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(await briefFor(fixture), null, 2)}\n`);
  process.stderr.write(`wrote ${fixture.name}/expected.json\n`);
}
