import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fakeIo } from '../../../test/fake-io.js';
import { run } from '../main.js';
import { tagDataset } from './tag-dataset.js';


const ALEPPO_LINE = JSON.stringify({
  id: 'aleppo-1',
  dct: '2016-12-15',
  text: 'Rebel fighters withdrew on Tuesday, and talks will be held on Tuesday.',
  timexes: [],
});

function dataset(lines: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'timex-cli-'));
  const path = join(dir, 'in.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

test('timex prints one JSON line per document with TIMEX3 spans, types and values', async () => {
  const { io, out, err } = fakeIo();
  const status = await run(['timex', dataset([ALEPPO_LINE, '', JSON.stringify({ id: 'b', text: 'Nothing here.', dct: null })])], io);
  assert.equal(status, 0, err());
  const lines = out().trim().split('\n').map((l) => JSON.parse(l) as unknown);
  assert.deepEqual(lines, [
    { id: 'aleppo-1', timexes: [
      { start: 27, end: 34, type: 'DATE', value: '2016-12-13' },
      { start: 62, end: 69, type: 'DATE', value: '2016-12-20' },
    ] },
    { id: 'b', timexes: [] },
  ]);
});

test('timex --out writes the predictions to a file and nothing to stdout', async () => {
  const { io, out } = fakeIo();
  const target = join(mkdtempSync(join(tmpdir(), 'timex-out-')), 'pred.jsonl');
  const status = await run(['timex', dataset([ALEPPO_LINE]), '--out', target], io);
  assert.equal(status, 0);
  assert.equal(out(), '');
  assert.match(readFileSync(target, 'utf8'), /^\{"id":"aleppo-1","timexes":\[.*\]\}\n$/);
});

test('a malformed line fails with BAD_JSONL naming its line number and leaves no output file', async () => {
  const { io, err } = fakeIo();
  const target = join(mkdtempSync(join(tmpdir(), 'timex-bad-')), 'pred.jsonl');
  const status = await run(['timex', dataset([ALEPPO_LINE, '{"id": "x"}']), '--out', target], io);
  assert.equal(status, 1);
  assert.match(err(), /in\.jsonl:2: expected \{"id": string, "text": string/);
  assert.equal(existsSync(target), false);
});

test('invalid JSON is reported with its line number', () => {
  assert.throws(() => tagDataset('{"id":"a","text":"x"}\nnot json\n', 'd.jsonl'), (e: unknown) => {
    const error = e as { code?: string; line?: number; message?: string };
    return error.code === 'BAD_JSONL' && error.line === 2 && /d\.jsonl:2/.test(error.message ?? '');
  });
});

test('a missing dataset file is an ENOENT error', async () => {
  const { io, err } = fakeIo();
  const status = await run(['timex', join(tmpdir(), 'no-such-timex-file.jsonl')], io);
  assert.equal(status, 1);
  assert.match(err(), /Cannot read .*no-such-timex-file\.jsonl: no such file/);
});
