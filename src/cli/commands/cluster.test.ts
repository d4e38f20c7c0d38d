import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fakeIo } from '../../../test/fake-io.js';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { run } from '../main.js';

const here = dirname(fileURLToPath(import.meta.url));
// dist/src/cli/commands -> repo root
const ROOT = resolve(here, '..', '..', '..', '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'cluster-duc-three-stories');


function streamFile(lines: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cluster-cli-')), 'stream.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as Record<string, string>;
const expectedLines = Object.entries(expected).map(([id, story]) => JSON.stringify({ id, story }));

test('cluster prints one {"id","story"} line per report, in arrival order', async () => {
  const { io, out, err } = fakeIo();
  const status = await run(['cluster', join(FIXTURE, 'input.jsonl')], io);
  assert.equal(status, 0, err());
  assert.deepEqual(out().trim().split('\n'), expectedLines);
  assert.equal(err(), '', 'no progress line when stderr is not a terminal');
});

test('cluster accepts dates and titles and skips blank lines', async () => {
  const { io, out } = fakeIo();
  const lines = [
    JSON.stringify({ id: 'a', text: 'Turkey massed troops on the Syrian border.', date: '1998-10-05', title: 'Turkey masses troops' }),
    '',
    JSON.stringify({ id: 'b', text: 'Syria denied sheltering Kurdish rebels as Turkish troops massed on the border.', date: null }),
  ];
  assert.equal(await run(['cluster', streamFile(lines)], io), 0);
  assert.equal(out(), '{"id":"a","story":"s-1"}\n{"id":"b","story":"s-1"}\n');
});

test('cluster --out writes the assignments to a file and nothing to stdout', async () => {
  const { io, out } = fakeIo();
  const target = join(mkdtempSync(join(tmpdir(), 'cluster-out-')), 'stories.jsonl');
  assert.equal(await run(['cluster', join(FIXTURE, 'input.jsonl'), '--out', target], io), 0);
  assert.equal(out(), '');
  assert.deepEqual(readFileSync(target, 'utf8').trim().split('\n'), expectedLines);
});

test('a line without text fails with BAD_JSONL naming its line number and leaves no output file', async () => {
  const { io, err } = fakeIo();
  const target = join(mkdtempSync(join(tmpdir(), 'cluster-bad-')), 'stories.jsonl');
  const status = await run(['cluster', streamFile([JSON.stringify({ id: 'a', text: 'fine' }), '{"id": "b"}']), '--out', target], io);
  assert.equal(status, 1);
  assert.match(err(), /stream\.jsonl:2: expected \{"id": string, "text": string/);
  assert.equal(existsSync(target), false);
});

test('invalid JSON and a missing file are reported, not thrown', async () => {
  const bad = fakeIo();
  assert.equal(await run(['cluster', streamFile(['{oops'])], bad.io), 1);
  assert.match(bad.err(), /:1: expected a JSON object \{"id": string, "text": string, "title"\?: string\|null, "date"\?: string\|null\}, found /);
  const missing = fakeIo();
  assert.equal(await run(['cluster', join(tmpdir(), 'no-such-stream.jsonl')], missing.io), 1);
  assert.match(missing.err(), /Cannot read .*no-such-stream\.jsonl/);
});

test('the CLI run as a child process prints the fixture stream\'s stories and exits 0', async () => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'newsbrief.js'), 'cluster', join(FIXTURE, 'input.jsonl')]);
  assert.equal(stderr, '');
  assert.deepEqual(stdout.trim().split('\n'), expectedLines);
});
