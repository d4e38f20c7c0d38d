import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES_DIR, REPO_ROOT } from '../../test/repo-root.js';

/** The modules a CLI run loads, as URLs, recorded by the module hooks of test/record-loads.mjs. */
function loadedModules(args: readonly string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'nb-loads-')), 'loads.txt');
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', join(REPO_ROOT, 'test', 'record-loads.mjs'), join(REPO_ROOT, 'bin', 'newsbrief.js'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEWSBRIEF_LOAD_LOG: log },
    timeout: 60_000,
  });
  assert.equal(result.status, 0, result.stderr);
  return readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
}

/**
 * Heavy parts no summary run needs: the store, the server, the job queue, the feed and page readers.
 */
const NOT_FOR_SUMMARIES = [/\/node_modules\/@electric-sql\/pglite\//, /\/node_modules\/hono\//, /\/node_modules\/pg-boss\//, /\/node_modules\/pg\//, /\/node_modules\/@extractus\//, /\/node_modules\/linkedom\//, /\/node_modules\/@mozilla\/readability\//, /\/dist\/src\/(http|run|stream|store)\//];

test('--help loads none of the pipeline, the store, the server or the readers', () => {
  const loaded = loadedModules(['--help']);
  assert.ok(loaded.some((url) => url.endsWith('/dist/src/cli/main.js')), 'the recorder saw the CLI load');
  for (const pattern of [...NOT_FOR_SUMMARIES, /\/node_modules\/compromise\//, /\/dist\/src\/(summarize|analyze)\//]) {
    assert.deepEqual(loaded.filter((url) => pattern.test(url)), [], String(pattern));
  }
});

test('batch and brief of plain text load the summarizer but not the store, the server, the job queue or the page reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-loads-out-'));
  for (const args of [
    ['batch', join(FIXTURES_DIR, 'aleppo-dataset', 'input.jsonl'), '--words', '50', '--out', join(dir, 'p.jsonl')],
    ['brief', 'examples/aleppo', '--words', '50'],
  ]) {
    const loaded = loadedModules(args);
    assert.ok(loaded.some((url) => url.includes('/dist/src/summarize/')), `${args[0]!} loads the summarizer`);
    for (const pattern of NOT_FOR_SUMMARIES) assert.deepEqual(loaded.filter((url) => pattern.test(url)), [], `${args[0]!}: ${String(pattern)}`);
  }
});
