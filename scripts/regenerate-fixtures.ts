/** @module Rewrites test/fixtures/*\/expected.json from the current code, for every kind in test/fixture-kinds.ts or the ones named; review the diff like code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedText, FIXTURE_KINDS } from '../test/fixture-kinds.js';
import { failUsage, parseScriptArgs } from './lib/script-args.js';

const KINDS = FIXTURE_KINDS.map((k) => k.kind);
const { positionals } = parseScriptArgs(`usage: node dist/scripts/regenerate-fixtures.js [KIND ...]   (KIND: ${KINDS.join(', ')}; default all)\n  Rewrites test/fixtures/*/expected.json from the current code; review the diff like code.`, { allowPositionals: true, options: {} });
const unknown = positionals.filter((k) => !KINDS.includes(k));
if (unknown.length > 0) failUsage(`unknown fixture kind ${unknown.join(', ')}: expected ${KINDS.join(', ')}`);

for (const kind of FIXTURE_KINDS.filter((k) => positionals.length === 0 || positionals.includes(k.kind))) {
  for (const fixture of kind.cases()) {
    writeFileSync(join(fixture.dir, 'expected.json'), expectedText(await fixture.produce()));
    process.stderr.write(`wrote ${fixture.name}/expected.json\n`);
  }
}
