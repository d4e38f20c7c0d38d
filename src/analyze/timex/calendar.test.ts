import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, formatWeek, isoWeek, isoWeekday, parseDayDate } from './calendar.js';
import { anchorMonthDay, anchorMonthYear, anchorWeekday } from './anchor.js';
import { resolveDate } from './resolve-date.js';

test('parseDayDate reads YYYY-MM-DD, ignores a clock time and rejects impossible days', () => {
  assert.deepEqual(parseDayDate('1998-12-05T09:42'), { year: 1998, month: 12, day: 5 });
  assert.equal(parseDayDate('1998-02-30'), null);
  assert.equal(parseDayDate('yesterday'), null);
  assert.equal(parseDayDate(null), null);
});

test('ISO weeks follow ISO 8601 across year ends', () => {
  assert.deepEqual(isoWeek({ year: 2016, month: 12, day: 8 }), { year: 2016, week: 49 });
  assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 1 }), { year: 2020, week: 53 });
  assert.equal(formatWeek({ year: 1998, month: 12, day: 31 }), '1998-W53');
  assert.equal(isoWeekday({ year: 2016, month: 12, day: 15 }), 4);
});

test('addMonths clamps the day to the shorter month', () => {
  assert.deepEqual(addMonths({ year: 2016, month: 1, day: 31 }, 1), { year: 2016, month: 2, day: 29 });
  assert.deepEqual(addMonths({ year: 2016, month: 1, day: 15 }, -1), { year: 2015, month: 12, day: 15 });
});

test('anchors: weekday by tense, month and month-day by tense or nearest', () => {
  const ref = { year: 2016, month: 12, day: 15 };
  assert.deepEqual(anchorWeekday(ref, 2, 'past'), { year: 2016, month: 12, day: 13 });
  assert.deepEqual(anchorWeekday(ref, 2, 'future'), { year: 2016, month: 12, day: 20 });
  assert.deepEqual(anchorWeekday(ref, 4, 'past'), ref);
  assert.equal(anchorMonthYear(ref, 1, 'past'), 2016);
  assert.equal(anchorMonthYear(ref, 1, 'none'), 2017);
  assert.deepEqual(anchorMonthDay(ref, 1, 3, 'none'), { year: 2017, month: 1, day: 3 });
  assert.deepEqual(anchorMonthDay(ref, 11, 27, 'none'), { year: 2016, month: 11, day: 27 });
  assert.equal(anchorMonthDay(ref, 2, 30, 'none'), null);
});

test('resolveDate reads a phrase inside its sentence, so tense cues count', () => {
  assert.equal(resolveDate('on Tuesday', '2016-12-15', 'Rebels withdrew on Tuesday.')?.value, '2016-12-13');
  assert.equal(resolveDate('on Tuesday', '2016-12-15', 'Talks will be held on Tuesday.')?.value, '2016-12-20');
  assert.equal(resolveDate('Tuesday', null)?.isResolved, false);
  assert.equal(resolveDate('the rebels', '2016-12-15', 'Talks with the rebels.'), null);
  assert.equal(resolveDate('not there', '2016-12-15', 'Talks on Tuesday.'), null);
});
