import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { FIXTURES_DIR, SEEDS_DIR } from '../../test/repo-root.js';
import { readReports } from '../ingest/index.js';
import { brief } from './compose-brief.js';

const CAPTIONED = '003_853c5aa4b7faf175'; // undated but for a photo caption "on Tuesday, Dec. 6, 2016"
const DATELINED = '000_76b5fb938eb88dee'; // "Geneva, Dec 13 (IANS)": a dateline without a year

/** Each report's date as the brief lists it, beside the one its facts use. */
async function datesOf(paths: readonly string[], stdin?: Uint8Array) {
  const reports = await readReports(paths, stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) });
  const result = await brief(reports, { maxWords: 60 });
  return result.reports.map((r, i) => ({ listed: r.date, origin: r.dateOrigin, used: result.reportDates[i]!.date }));
}

test('the same report read from its folder, as a file and from standard input gets one date, with its origin', async () => {
  const path = join(SEEDS_DIR, `${CAPTIONED}.txt`);
  const inFolder = (await datesOf([SEEDS_DIR]))[3]!; // the fourth file of the folder
  const asFile = (await datesOf([path]))[0]!;
  const fromStdin = (await datesOf(['-'], await readFile(path)))[0]!;
  const expected = { listed: '2016-12-06', origin: 'caption', used: '2016-12-06' };
  assert.deepEqual(inFolder, expected);
  assert.deepEqual(asFile, expected);
  assert.deepEqual(fromStdin, expected);
});

test('what reports[].date says is the date the rest of the brief uses, a year-less dateline included', async () => {
  const dates = await datesOf([SEEDS_DIR]);
  for (const d of dates) assert.equal(d.listed, d.used);
  // The dateline prints "Dec 13"; the year is the story's (the 2016 photo caption of another report).
  assert.deepEqual(dates[0], { listed: '2016-12-13', origin: 'dateline', used: '2016-12-13' });
});

test('a year-less dateline read alone, with no year printed anywhere, stays undated rather than guessed', async () => {
  const dates = await datesOf([join(SEEDS_DIR, `${DATELINED}.txt`)]);
  assert.deepEqual(dates, [{ listed: null, origin: null, used: null }]);
});

test('an HTML page on standard input is read as a page: the same title, text and date as from its file', async () => {
  const path = join(FIXTURES_DIR, 'html-jsonld-newsarticle', 'input.html');
  const [fromFile] = await readReports([path]);
  const [fromStdin] = await readReports(['-'], { stdin: Readable.from([await readFile(path)]) });
  assert.equal(fromStdin!.text, fromFile!.text);
  assert.equal(fromStdin!.title, fromFile!.title);
  assert.equal(fromStdin!.publishedAt, '2016-12-15T09:30:00+02:00');
  assert.doesNotMatch(fromStdin!.text, /<\/?(html|p|div)\b/);
});

test('a report dated only by a photo caption leaves its relative dates unresolved: the photo may be days older', async () => {
  const reports = await readReports([join(SEEDS_DIR, `${CAPTIONED}.txt`)]);
  const result = await brief(reports, { maxWords: 60 });
  // "On Monday morning" is 12 December in this report; counted from the 6 December photo it would be the 5th.
  assert.ok(!result.timeline.some((e) => e.expression.text.includes('Monday')));
  const monday = result.unresolved.find((u) => u.text.includes('Monday'));
  assert.match(monday?.reason ?? '', /photo caption/);
  // A date printed whole is still an event: the offensive "began on November 15th".
  assert.ok(result.timeline.some((e) => e.date === '2016-11-15'));
});
