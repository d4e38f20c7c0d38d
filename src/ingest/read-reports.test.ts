import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { SEEDS_DIR } from '../../test/repo-root.js';
import { NewsbriefError } from '../errors.js';
import { readReports } from './read-reports.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'nb-read-'));

async function rejection(promise: Promise<unknown>): Promise<NewsbriefError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof NewsbriefError, String(error));
    return error;
  }
  assert.fail('expected a NewsbriefError');
}

test('a folder of seed reports reads as five reports in file order, text unchanged', async () => {
  const reports = await readReports([SEEDS_DIR]);
  assert.deepEqual(reports.map((r) => r.id), [
    '000_76b5fb938eb88dee',
    '001_ed614cf42815e3f1',
    '002_c425e6363a30cb46',
    '003_853c5aa4b7faf175',
    '004_8826540e88871d67',
  ]);
  assert.equal(reports[3]!.title, "Human rights monitor says the battle for Aleppo 'has reached its end'");
  assert.equal(reports[0]!.source, 'IANS');
});

test('standard input is read with "-"', async () => {
  const text = 'Rebels left the city on Monday, the monitor said, as buses carried thousands of civilians out of the east.\n';
  const [report] = await readReports(['-'], { stdin: Readable.from([Buffer.from(text)]) });
  assert.equal(report!.id, 'stdin');
  assert.equal(report!.text, text);
});

test('a missing path names the path', async () => {
  const error = await rejection(readReports(['/nonexistent/report.txt']));
  assert.equal(error.code, 'ENOENT');
  assert.match(error.message, /Cannot read \/nonexistent\/report\.txt: no such file/);
});

test('an empty or blank file is refused', async () => {
  const dir = scratch();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\n ');
  assert.equal((await rejection(readReports([join(dir, 'empty.txt')]))).code, 'EMPTY');
  assert.match((await rejection(readReports([join(dir, 'blank.txt')]))).message, /only whitespace/);
});

test('a file or standard input with nothing visible, or too short to be a news report, is refused, naming the minimum', async () => {
  const dir = scratch();
  writeFileSync(join(dir, 'hi.txt'), 'hi\n');
  writeFileSync(join(dir, 'invisible.txt'), '\u200b\u2060\ufeff\u202e\n');
  const short = await rejection(readReports([join(dir, 'hi.txt')]));
  assert.equal(short.code, 'NOT_ARTICLE');
  assert.match(short.message, /hi\.txt is too short for a news report: expected at least 8 words, found 1$/);
  assert.match((await rejection(readReports([join(dir, 'invisible.txt')]))).message, /invisible\.txt has only invisible characters/);
  assert.match((await rejection(readReports(['-'], { stdin: Readable.from([Buffer.from('Rebels left the city on Monday.')]) }))).message, /^standard input is too short for a news report: expected at least 8 words, found 6$/);
});

test('a binary file is refused', async () => {
  const dir = scratch();
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
  const error = await rejection(readReports([join(dir, 'photo.txt')]));
  assert.equal(error.code, 'BINARY');
  assert.match(error.message, /looks binary .*expected UTF-8 text/);
});

test('text that is not UTF-8 is refused with what was expected', async () => {
  const dir = scratch();
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Aleppo', 'latin1'));
  const error = await rejection(readReports([join(dir, 'latin1.txt')]));
  assert.equal(error.code, 'DECODE');
  assert.match(error.message, /is not valid UTF-8/);
});

test('a folder without readable reports is refused', async () => {
  const dir = scratch();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'image.png'), 'x');
  const error = await rejection(readReports([dir]));
  assert.equal(error.code, 'NO_REPORTS');
  assert.match(error.message, /has no readable reports/);
});

test('a malformed dataset line is named by its line number', async () => {
  const dir = scratch();
  const path = join(dir, 'set.jsonl');
  writeFileSync(path, `${JSON.stringify({ id: 'a', documents: ['One report.'] })}\n{"id": "b", "documents": [\n`);
  const error = await rejection(readReports([path]));
  assert.equal(error.code, 'BAD_JSONL');
  assert.equal(error.line, 2);
  assert.match(error.message, /set\.jsonl:2: expected a JSON object \{"id", "documents": \[string, \.\.\.\]\} or \{"id", "reports": \[.*\]\}, found "\{\\"id\\": \\"b\\"/);
});

test('a dataset line without documents says which field is wrong', async () => {
  const dir = scratch();
  const path = join(dir, 'set.jsonl');
  writeFileSync(path, `${JSON.stringify({ id: 'a', docs: [] })}\n`);
  assert.match((await rejection(readReports([path]))).message, /set\.jsonl:1: expected \{"id", "documents": \[string, \.\.\.\]\} or .* at "documents": needs either "documents" \(a list of texts\) or "reports"/);
});

test('a dataset with several clusters needs --cluster, and reads the one named', async () => {
  const dir = scratch();
  const path = join(dir, 'set.jsonl');
  writeFileSync(path, [{ id: 'a', documents: ['First story.'] }, { id: 'b', documents: ['Second story.', 'More.'] }].map((r) => JSON.stringify(r)).join('\n'));
  assert.match((await rejection(readReports([path]))).message, /holds 2 clusters: pick one with --cluster ID/);
  const reports = await readReports([path], { cluster: 'b' });
  assert.deepEqual(reports.map((r) => r.id), ['b#0', 'b#1']);
});
