/** @module Regenerates each `test/fixtures/cluster-*` folder's expected.json from the assigner's current output, for review as a diff. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterStream, parseStream } from '../src/cli/commands/cluster-stream.js';
import { parseScriptArgs } from './lib/script-args.js';

parseScriptArgs(`usage: node dist/scripts/regenerate-cluster-fixtures.js\n  Rewrites test/fixtures/cluster-*/expected.json from the assigner's current output; review the diff like code.`, {});

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(here, '..', '..', 'test', 'fixtures');

for (const name of readdirSync(FIXTURES).filter((n) => n.startsWith('cluster-'))) {
  const input = join(FIXTURES, name, 'input.jsonl');
  // Folders without an input stream (cluster-tune-stream feeds the bench's stream reader) have nothing to regenerate.
  if (!existsSync(input)) continue;
  const lines = clusterStream(parseStream(readFileSync(input, 'utf8'), input));
  const stories = Object.fromEntries(lines.map((l) => JSON.parse(l) as { id: string; story: string }).map((a) => [a.id, a.story]));
  writeFileSync(join(FIXTURES, name, 'expected.json'), `${JSON.stringify(stories, null, 2)}\n`);
  process.stdout.write(`${name}: ${lines.length} reports\n`);
}
