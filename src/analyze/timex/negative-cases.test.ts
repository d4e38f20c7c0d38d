import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagTimexes } from './tag-timexes.js';

/** Texts that hold no temporal expression at all, each with why it is a trap. */
const NOT_DATES: ReadonlyArray<readonly [string, string]> = [
  ['Unemployment rose to 12.53%.', 'a percentage with a dot is a figure, not a clock time'],
  ['The company sold 1,990 units for $1995 each.', 'numbers with a comma or a currency sign are not years'],
  ['About 2000 people attended the rally.', 'a four-digit count before a noun of people is not a year'],
  ['The index rose 1998.5 points.', 'a decimal number is not a year'],
  ['He may resign, and prices may fall.', '"may" in lower case is a verb'],
  ['The current account deficit widened.', '"current account" is a noun phrase, not the present'],
  ['He left as soon as he could.', '"as soon as" is a conjunction, not a future reference'],
  ['The now-defunct airline was sold.', '"now-" inside a compound is not the present'],
  ['Profits fell sharply across the sector.', '"fell" is a verb, and the season needs a determiner'],
  ['Mr. Reupke, 52 years old, will retire.', 'ages are not annotated as durations in TimeML'],
  ['Magna cut its quarterly dividend in half.', '"quarterly dividend" is an adjective TimeBank leaves out'],
];

for (const [text, why] of NOT_DATES) {
  test(`no timex in "${text}" (${why})`, () => {
    const found = tagTimexes(text, '1998-02-13');
    assert.deepEqual(found, [], JSON.stringify(found));
  });
}

test('"at 11.50pm Irish time" is a TIME, not a figure', () => {
  const [t] = tagTimexes('The plane landed at 11.50pm Irish time.', '2016-12-15');
  assert.equal(t?.text, '11.50pm Irish time');
  assert.equal(t?.type, 'TIME');
  assert.equal(t?.value, '2016-12-15T23:50');
});

test('"the 1988 quarter" is that year\'s quarter, never a 1988-quarter duration', () => {
  const found = tagTimexes('Third-quarter net fell from $4 million in the 1988 quarter.', '1989-10-30');
  assert.deepEqual(found.map((t) => [t.text, t.type, t.value]), [
    ['Third-quarter', 'DATE', '1989-Q3'],
    ['the 1988 quarter', 'DATE', '1988-Q3'],
  ]);
});

test('"May" is a month after a preposition of time and a determiner', () => {
  assert.deepEqual(tagTimexes('The talks are supposed to conclude by May.', '1998-03-22').map((t) => t.value), ['1998-05']);
});
