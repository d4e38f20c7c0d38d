/**
 * @module Every kind of `test/fixtures/` folder whose expected.json is the current code's output, with how that
 * output is made: test/fixtures.test.ts checks them all, scripts/regenerate-fixtures.ts rewrites them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { clusterStream, parseStream } from '../src/cli/commands/cluster-stream.js';
import { briefCases, briefFor } from './brief-fixture-case.js';
import { factsCases, factsFor } from './facts-fixture-case.js';
import { feedFixtureDirs, runFeedFixture } from './feed-fixture-case.js';
import { htmlFixtureDirs, runHtmlFixture } from './html-fixture-case.js';
import { FIXTURES_DIR } from './repo-root.js';

export interface FixtureCase {
  readonly name: string;
  readonly dir: string;
  /** What expected.json holds: the output as JSON would carry it. */
  readonly produce: () => Promise<unknown>;
}

export interface FixtureKind {
  readonly kind: string;
  /** What a case checks, for the test's name. */
  readonly says: string;
  /** Fewest folders the kind should have: a rename that drops them all fails instead of passing empty. */
  readonly atLeast: number;
  readonly cases: () => FixtureCase[];
}

/** Each cluster-* folder with an input stream (cluster-tune-stream only feeds the bench's reader): report id -> story id. */
function clusterCases(): FixtureCase[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.startsWith('cluster-') && existsSync(join(FIXTURES_DIR, name, 'input.jsonl')))
    .sort()
    .map((name) => {
      const dir = join(FIXTURES_DIR, name);
      const input = join(dir, 'input.jsonl');
      return {
        name,
        dir,
        produce: async () => Object.fromEntries(clusterStream(parseStream(readFileSync(input, 'utf8'), input)).map((l) => JSON.parse(l) as { id: string; story: string }).map((a) => [a.id, a.story])),
      };
    });
}

export const FIXTURE_KINDS: readonly FixtureKind[] = [
  { kind: 'brief', says: 'brief of its input at its budget', atLeast: 1, cases: () => briefCases().map((c) => ({ name: c.name, dir: c.dir, produce: () => briefFor(c) })) },
  { kind: 'facts', says: 'story facts', atLeast: 1, cases: () => factsCases().map((c) => ({ name: c.name, dir: c.dir, produce: () => factsFor(c) })) },
  { kind: 'html', says: 'report read from its page', atLeast: 6, cases: () => htmlFixtureDirs().map((dir) => ({ name: basename(dir), dir, produce: async () => runHtmlFixture(dir) })) },
  // Through JSON: the parser's feed holds undefined fields that expected.json cannot.
  { kind: 'feed', says: 'feed parsed (RSS, Atom, JSON Feed, a legacy charset, a non-feed)', atLeast: 5, cases: () => feedFixtureDirs().map((dir) => ({ name: basename(dir), dir, produce: async () => JSON.parse(JSON.stringify(runFeedFixture(dir))) as unknown })) },
  { kind: 'cluster', says: 'story assignments of its stream', atLeast: 1, cases: clusterCases },
];

export function expectedOf(fixture: FixtureCase): unknown {
  return JSON.parse(readFileSync(join(fixture.dir, 'expected.json'), 'utf8'));
}

/** The text regenerate writes: what the runner compares, pretty-printed. */
export function expectedText(output: unknown): string {
  return `${JSON.stringify(output, null, 2)}\n`;
}
