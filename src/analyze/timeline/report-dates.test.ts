import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { findReportDates } from './report-dates.js';

// The example's captioned report (003), cut to its top: a repeated headline, a standfirst, the photo caption.
const CAPTIONED = [
  "Human rights monitor says the battle for Aleppo 'has reached its end'",
  '',
  'Between 10,000 and 13,000 civilians have fled from eastern Aleppo in the past 24 hours',
  '',
  'Smoke rises in an east Aleppo neighborhood as the sun rises during a battle between forces loyal to Syrian President Bashar Assad and rebels in Aleppo, Syria, on Tuesday, Dec. 6, 2016. Picture by Hassan Ammar AP/Press Association Images',
  '',
  'The battle for control of Aleppo has reached its end, a UK-based monitor has said.',
].join('\n');
const DATELINED = 'Geneva, Dec 13 (IANS) Pro-Syrian government forces executed 82 civilians in Aleppo during the ongoing battle to take back the final rebel-held area, UN officials said on Tuesday.';

function datesOf(...reports: { text: string; publishedAt?: string }[]) {
  return findReportDates(reports.map((r, i) => reportFromText({ id: `r${i}`, text: r.text, publishedAt: r.publishedAt ?? null })))
    .map((d) => [d.date, d.origin, d.inferred]);
}

test('a dated photo caption dates a report that has no metadata and no dateline', () => {
  assert.deepEqual(datesOf({ text: CAPTIONED }), [['2016-12-06', 'caption', false]]);
});

test('metadata and a dated dateline come before a caption', () => {
  assert.deepEqual(datesOf({ text: CAPTIONED, publishedAt: '2016-12-13' }), [['2016-12-13', 'metadata', false]]);
  assert.deepEqual(datesOf({ text: `BEIRUT, Dec 13, 2016 (Reuters) - ${CAPTIONED.split('\n').at(-1)}\n\n${CAPTIONED}` })[0], ['2016-12-13', 'dateline', false]);
});

test('a year-less caption date takes the year of the story, marked inferred; without one it stays undated', () => {
  const yearless = CAPTIONED.replace('Dec. 6, 2016', 'Dec. 6');
  assert.deepEqual(datesOf({ text: yearless }), [[null, 'unknown', false]]);
  assert.deepEqual(datesOf({ text: yearless }, { text: DATELINED, publishedAt: '2016-12-13' }), [['2016-12-06', 'caption', true], ['2016-12-13', 'metadata', false]]);
});

test('the year-less dateline of a report takes its year from another report\'s caption', () => {
  assert.deepEqual(datesOf({ text: DATELINED }, { text: CAPTIONED }), [['2016-12-13', 'dateline', true], ['2016-12-06', 'caption', false]]);
});

test('a date in the article text, not a caption or standfirst, does not date the report', () => {
  assert.deepEqual(datesOf({ text: 'The offensive that began on November 15, 2016 has left at least 413 civilians dead in east Aleppo, the Observatory said.' }), [[null, 'unknown', false]]);
});
