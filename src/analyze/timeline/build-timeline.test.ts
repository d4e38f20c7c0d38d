import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { buildTimeline } from './build-timeline.js';
import { findReportDates } from './report-dates.js';

function run(texts: ReadonlyArray<{ text: string; publishedAt?: string }>) {
  const reports = texts.map((t, i) => reportFromText({ id: `r${i}`, text: t.text, publishedAt: t.publishedAt ?? null }));
  const dates = findReportDates(reports);
  return { dates, ...buildTimeline(reports, dates) };
}

test('past-tense "on Tuesday" in a report dated 2016-12-15 is 2016-12-13; "will be held on Tuesday" is the next one', () => {
  const { timeline } = run([
    { text: 'Rebel fighters withdrew from the eastern districts on Tuesday, the monitor said. An emergency debate will be held on Tuesday.', publishedAt: '2016-12-15' },
  ]);
  assert.deepEqual(timeline.map((e) => [e.expression.text, e.date, e.inferred]), [
    ['Tuesday', '2016-12-13', false],
    ['Tuesday', '2016-12-20', false],
  ]);
});

test('explicit dates keep their year; "in 2011" is a year; "yesterday" and "in the past 24 hours" use the report date', () => {
  const { timeline } = run([
    { text: 'The uprising began in 2011. Kerry arrived in Paris yesterday. Between 10,000 and 13,000 civilians have fled in the past 24 hours.', publishedAt: '2016-12-13' },
  ]);
  assert.deepEqual(timeline.map((e) => [e.expression.text, e.date]), [
    ['2011', '2011'],
    ['yesterday', '2016-12-12'],
    ['the past 24 hours', '2016-12-13'],
  ]);
});

test('a year-less dateline takes the story year from a printed full date, marked inferred', () => {
  const { dates } = run([
    { text: 'Geneva, Dec 13 (IANS) UN officials said on Tuesday that civilians were executed.' },
    { text: 'Smoke rises over the city.\n\nThe battle began in earnest on Tuesday, Dec. 6, 2016, witnesses said.' },
  ]);
  assert.deepEqual(dates.map((d) => [d.date, d.origin, d.inferred]), [
    ['2016-12-13', 'dateline', true],
    [null, 'unknown', false],
  ]);
});

test('in an undated report a year-less date takes the dated reports\' year, marked inferred; relative days stay unresolved', () => {
  const { timeline, unresolved } = run([
    { text: 'Aleppo fighting continues.', publishedAt: '2016-12-13' },
    { text: 'At least 225 civilians have been killed since the ceasefire ended on November 15. Rebels retreated on Sunday.' },
  ]);
  assert.deepEqual(timeline.map((e) => [e.expression.text, e.date, e.inferred, e.report]), [['November 15', '2016-11-15', true, 'r1']]);
  assert.deepEqual(unresolved.map((u) => [u.text, u.report]), [['Sunday', 'r1']]);
});

test('photo captions and credits are not events; the dateline is not an event', () => {
  const { timeline } = run([
    {
      text: 'Geneva, Dec 13 (IANS) The talks ended.\n\nSmoke rises in Aleppo on Tuesday, Dec. 6, 2016. Picture by Hassan Ammar AP/Press Association Images\n\nThe army advanced on November 27.',
      publishedAt: '2016-12-13',
    },
  ]);
  assert.deepEqual(timeline.map((e) => e.date), ['2016-11-27']);
});

test('with no dated evidence at all, nothing is guessed', () => {
  const { timeline, unresolved, dates } = run([{ text: 'The offensive resumed on November 15 and rebels fled on Saturday.' }]);
  assert.deepEqual([timeline, dates[0]?.date], [[], null]);
  assert.deepEqual(unresolved.map((u) => u.text), ['November 15', 'Saturday']);
});
