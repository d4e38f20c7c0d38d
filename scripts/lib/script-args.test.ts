import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../test/repo-root.js';

const SCRIPTS = readdirSync(join(REPO_ROOT, 'scripts'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length));

function runScript(name: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'scripts', `${name}.js`), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('every script reads its arguments through parseScriptArgs', () => {
  // Checked in the source first: a script that ignored --help would run its benchmark (or rewrite fixtures) below.
  for (const name of SCRIPTS) {
    assert.match(readFileSync(join(REPO_ROOT, 'scripts', `${name}.ts`), 'utf8'), /parseScriptArgs\(/, `${name}.ts`);
  }
});

test('every script prints its usage for --help and exits 0, doing none of its work', () => {
  for (const name of SCRIPTS) {
    const result = runScript(name, ['--help']);
    assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    assert.match(result.stdout, /^usage: \S/, name);
    assert.equal(result.stderr, '', name);
  }
});

test('an unknown option is one line naming it and the options expected, exit 2, no stack trace', () => {
  for (const name of SCRIPTS) {
    const result = runScript(name, ['--no-such-option']);
    assert.equal(result.status, 2, `${name}: ${result.stderr}`);
    assert.match(result.stderr, new RegExp(`^${name}\\.js: Unknown option '--no-such-option': expected (--\\S+|no options).* \\(see --help\\)\\n$`), name);
    assert.equal(result.stdout, '', name);
  }
});

test('a bad option value is refused the same way', () => {
  const missing = runScript('bench-serve', ['--reports']);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, "bench-serve.js: Option '--reports <value>' argument missing (see --help)\n");
  const reader = runScript('bench-serve', ['--reader', 'sideways']);
  assert.equal(reader.status, 2);
  assert.equal(reader.stderr, 'bench-serve.js: --reader is thread or inline, not sideways (see --help)\n');
});
