import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimexes } from './tag-timexes.js';

/** [text, value, type] of every timex, for compact assertions. */
function tags(text: string, referenceDate: string | null): Array<[string, string, string]> {
  return tagTimexes(text, referenceDate).map((t) => [t.text, t.value, t.type]);
}

const ALEPPO = '2016-12-15'; // a Thursday

test('past-tense "on Tuesday" in a report dated 2016-12-15 is 2016-12-13', () => {
  assert.deepEqual(tags('Rebel fighters withdrew from the eastern districts on Tuesday, the monitor said.', ALEPPO), [
    ['Tuesday', '2016-12-13', 'DATE'],
  ]);
});

test('"will be held on Tuesday" is the next Tuesday after the report date', () => {
  assert.deepEqual(tags('The next round of talks will be held on Tuesday in Geneva.', ALEPPO), [['Tuesday', '2016-12-20', 'DATE']]);
});

test('explicit dates keep their year, and a year-less date takes the nearest year', () => {
  assert.deepEqual(tags('Government forces retook the citadel on November 27, and the last rebels left on Dec. 6, 2016.', ALEPPO), [
    ['November 27', '2016-11-27', 'DATE'],
    ['Dec. 6, 2016', '2016-12-06', 'DATE'],
  ]);
  // TimeBank (wsj_0542-style dividend notice): payable dates ahead of an October report fall in this year.
  assert.deepEqual(tags('The dividend is payable Dec. 7 to stock of record Nov. 22.', '1989-10-27'), [
    ['Dec. 7', '1989-12-07', 'DATE'],
    ['Nov. 22', '1989-11-22', 'DATE'],
  ]);
});

test('"in 2011", "yesterday", "last week" and "the past 24 hours" resolve against the report date', () => {
  assert.deepEqual(tags('The war began in 2011. The UN said yesterday that the ceasefire collapsed last week.', ALEPPO), [
    ['2011', '2011', 'DATE'],
    ['yesterday', '2016-12-14', 'DATE'],
    ['last week', '2016-W49', 'DATE'],
  ]);
  assert.deepEqual(tags('More than 300 people were killed in the past 24 hours.', ALEPPO), [['the past 24 hours', 'PT24H', 'DURATION']]);
});

test('"on Saturday night" is the Saturday before the report with TimeML\'s night code', () => {
  assert.deepEqual(tags('Shelling resumed on Saturday night.', ALEPPO), [['Saturday night', '2016-12-10TNI', 'DATE']]);
});

test('earnings news: quarters, the nine months and "a year earlier" follow the TimeBank reading', () => {
  assert.deepEqual(tags('Third-quarter profit rose 12% from a year earlier, and sales for the nine months were flat.', '1989-10-26'), [
    ['Third-quarter', '1989-Q3', 'DATE'],
    ['a year earlier', '1988-Q3', 'DATE'],
    ['the nine months', 'P9M', 'DURATION'],
  ]);
  // A February report on "the fourth quarter" means the one that just ended.
  assert.deepEqual(tags('Earnings fell in the fourth quarter, the company said.', '1998-02-13'), [['the fourth quarter', '1997-Q4', 'DATE']]);
});

test('present, past and future references get TimeML\'s *_REF values and stay unresolved', () => {
  const found = tagTimexes('Prices have risen recently, and analysts expect gains in the future. Currently the index is flat.', '1998-02-13');
  assert.deepEqual(found.map((t) => [t.text, t.value, t.isResolved]), [
    ['recently', 'PAST_REF', false],
    ['the future', 'FUTURE_REF', false],
    ['Currently', 'PRESENT_REF', false],
  ]);
});

test('recurring times are SETs and lengths are DURATIONs', () => {
  assert.deepEqual(tags('Qantas plans daily flights, and the board meets every year.', '1998-02-13'), [
    ['daily', 'P1D', 'SET'],
    ['every year', 'P1Y', 'SET'],
  ]);
  assert.deepEqual(tags('The talks lasted two days; the 10-year bonds fell.', '1998-02-13'), [
    ['two days', 'P2D', 'DURATION'],
    ['10-year', 'P10Y', 'DURATION'],
  ]);
});

test('weeks, months, seasons, decades and modifiers follow TimeML conventions', () => {
  assert.deepEqual(tags('Sales rose this month, after a slump last fall and in the 1980s.', '1998-02-06'), [
    ['this month', '1998-02', 'DATE'],
    ['last fall', '1997-FA', 'DATE'],
    ['the 1980s', '198', 'DATE'],
  ]);
  assert.deepEqual(tags('The deal should close in late November.', '1999-10-01'), [['late November', '1999-11', 'DATE']]);
});

test('"that year" takes the year last written in the text', () => {
  assert.deepEqual(tags('He left for Florida in June 1998 and returned to Cuba later that year.', '2000-01-28'), [
    ['June 1998', '1998-06', 'DATE'],
    ['later that year', '1998', 'DATE'],
  ]);
});

test('clock times are TIMEs on the report\'s day or their own weekday', () => {
  assert.deepEqual(tags('The blast came at 10:35 a.m. and the rally started at 10 p.m. Wednesday.', '1998-02-13'), [
    ['10:35 a.m.', '1998-02-13T10:35', 'TIME'],
    ['10 p.m. Wednesday', '1998-02-11T22:00', 'TIME'],
  ]);
});

test('without a reference date values keep only what the text says and are unresolved', () => {
  const found = tagTimexes('The storm hit on December 13 and on Tuesday; he was born on March 26, 1946.', null);
  assert.deepEqual(found.map((t) => [t.text, t.value, t.isResolved]), [
    ['December 13', 'XXXX-12-13', false],
    ['Tuesday', 'XXXX-WXX-2', false],
    ['March 26, 1946', '1946-03-26', true],
  ]);
});

test('an unparseable reference date is treated as no reference date', () => {
  assert.deepEqual(tags('They met yesterday.', 'not a date'), [['yesterday', 'XXXX-XX-XX', 'DATE']]);
});
