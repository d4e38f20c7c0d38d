/** @module Rewrites every test/fixtures/*-brief/expected.json from the current code; review the diff like code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefCases, briefFor } from '../test/brief-fixture-case.js';

for (const fixture of briefCases()) {
  writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(await briefFor(fixture), null, 2)}\n`);
  process.stderr.write(`wrote ${fixture.name}/expected.json\n`);
}
