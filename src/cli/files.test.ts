import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fakeIo } from '../../test/fake-io.js';
import { run } from './main.js';
import { DATASET_EXPECTED } from '../ingest/index.js';

/** A folder of bad inputs, each named after what is wrong with it. */
function badInputs(): { dir: string; path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'nb-bad-input-'));
  writeFileSync(join(dir, 'empty.jsonl'), '');
  writeFileSync(join(dir, 'blank.jsonl'), '\n  \n');
  // A gzip header: what a user gets by passing a compressed dataset.
  writeFileSync(join(dir, 'binary.jsonl'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]));
  // "café" in Latin-1: é is the lone byte 0xe9, not UTF-8.
  writeFileSync(join(dir, 'latin1.jsonl'), Buffer.from('{"id": "a", "text": "caf\xe9"}\n', 'latin1'));
  mkdirSync(join(dir, 'folder.jsonl'));
  return { dir, path: (name) => join(dir, name) };
}

const COMMANDS: readonly { readonly name: string; readonly args: (input: string, out: string) => string[]; readonly expected: string }[] = [
  { name: 'batch', args: (input, out) => ['batch', input, '--words', '50', '--out', out], expected: DATASET_EXPECTED },
  { name: 'eval', args: (input) => ['eval', input, '--words', '50'], expected: DATASET_EXPECTED },
  { name: 'timex', args: (input, out) => ['timex', input, '--out', out], expected: 'one {"id", "text", "dct"} JSON object per line' },
  { name: 'cluster', args: (input, out) => ['cluster', input, '--out', out], expected: 'one {"id", "text", "title"?, "date"?} JSON object per line' },
  { name: 'extract --batch', args: (input, out) => ['extract', '--batch', input, '--out', out], expected: 'one {"id", "url", "html"} JSON object per line' },
];

test('every dataset command refuses a missing, empty, blank, binary, non-UTF-8 or folder input in one line, exit 1, no output file', async () => {
  const { dir, path } = badInputs();
  const before = readdirSync(dir).sort();
  for (const command of COMMANDS) {
    const escaped = command.expected.replace(/[[\]{}().?*+^$|\\]/g, '\\$&');
    const cases: readonly [string, RegExp][] = [
      ['missing.jsonl', /^Cannot read \S+missing\.jsonl: no such file or directory$/],
      ['empty.jsonl', new RegExp(`^\\S+empty\\.jsonl is empty: expected ${escaped}$`)],
      ['blank.jsonl', new RegExp(`^\\S+blank\\.jsonl has only whitespace: expected ${escaped}$`)],
      ['binary.jsonl', new RegExp(`^\\S+binary\\.jsonl looks binary \\(NUL byte at offset 3\\): expected ${escaped} in UTF-8 text$`)],
      ['latin1.jsonl', new RegExp(`^\\S+latin1\\.jsonl is not valid UTF-8: expected ${escaped} in UTF-8 text$`)],
      ['folder.jsonl', /^Cannot read \S+folder\.jsonl: it is a directory$/],
    ];
    for (const [name, message] of cases) {
      const { io, out, err } = fakeIo();
      const status = await run(command.args(path(name), path('out.jsonl')), io);
      const label = `${command.name} ${name}`;
      assert.equal(status, 1, `${label}: ${err()}`);
      assert.match(err(), /^newsbrief: [^\n]+\n$/, label);
      assert.match(err().slice('newsbrief: '.length, -1), message, label);
      assert.equal(out(), '', label);
    }
  }
  assert.deepEqual(readdirSync(dir).sort(), before, 'no output file, partial or temporary, is left');
});

test('extract of one file says what it found: a folder is a folder, not a missing file', async () => {
  const { path } = badInputs();
  const { io, err } = fakeIo();
  assert.equal(await run(['extract', path('folder.jsonl')], io), 1);
  assert.match(err(), /^newsbrief: Cannot read \S+folder\.jsonl: it is a directory\n$/);
});
