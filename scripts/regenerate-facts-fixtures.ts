/** @module Rewrites every test/fixtures/*-facts/expected.json from the current analysis; review the diff like code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsCases, factsFor } from '../test/facts-fixture-case.js';
import { parseScriptArgs } from './lib/script-args.js';

parseScriptArgs(`usage: node dist/scripts/regenerate-facts-fixtures.js\n  Rewrites test/fixtures/*-facts/expected.json from the current analysis; review the diff like code.`, {});

for (const fixture of factsCases()) {
  const facts = await factsFor(fixture);
  writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(facts, null, 2)}\n`);
  process.stdout.write(`wrote ${fixture.name}/expected.json\n`);
}
