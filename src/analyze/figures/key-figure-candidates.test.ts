import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { findReportDates } from '../timeline/index.js';
import { eligibleClaims } from './eligible-claims.js';
import { extractClaims } from './extract-claims.js';
import { titleCounts } from './key-figure-candidates.js';

test('an ordinal death in a title states the running toll; other ordinals do not', () => {
  assert.deepEqual(titleCounts('Third victim in Metairie shooting dies'), [{ value: 3, measure: 'killed' }]);
  assert.deepEqual(titleCounts('2nd body found in ditch day after drive-by shooting'), [{ value: 2, measure: 'killed' }]);
  assert.deepEqual(titleCounts('Second suspect in MLK Day fatal shooting back in San Antonio'), []);
  assert.deepEqual(titleCounts('Elgin shooting leaves 5 injured'), [{ value: 5, measure: 'injured' }]);
});

test('"bringing the number of fatalities to three" is a count of the killed', () => {
  const report = reportFromText({ id: 'r', text: 'A woman who was wounded in a Sunday night shooting in Metairie has died, bringing the number of fatalities to three.', publishedAt: '2017-01-23' });
  const [date] = findReportDates([report]);
  const claims = extractClaims({ report, date: date!, storyAnchor: '2017-01-23', reportSource: 'test' });
  assert.deepEqual(claims.filter((c) => c.value === 3).map((c) => c.counted.measure), ['killed']);
});

test('victims named by kin count as people: "leaving a mother and a grandmother dead" is two killed', () => {
  const report = reportFromText({ id: 'r', text: 'The shooter ambushed the family on Monday night, leaving a mother and a grandmother dead, police said.', publishedAt: '2015-09-28' });
  const [date] = findReportDates([report]);
  const claims = extractClaims({ report, date: date!, storyAnchor: '2015-09-28', reportSource: 'test' });
  assert.deepEqual(claims.filter((c) => c.counted.measure === 'killed').map((c) => [c.value, c.counted.nounClass]), [[2, 'people']]);
});

test('a list of named victims takes the list\'s verb and sums to one figure', () => {
  const text = 'Mere Contreras, 31, Damon Oswald-Newman, 19, and Shelly Bird, 25, were found dead in a home on Saturday.';
  const report = reportFromText({ id: 'r', text, publishedAt: '2015-08-24' });
  const [date] = findReportDates([report]);
  const claims = extractClaims({ report, date: date!, storyAnchor: '2015-08-24', reportSource: 'test' });
  assert.deepEqual(claims.map((c) => [c.value, c.counted.measure]), [[1, 'killed'], [1, 'killed'], [1, 'killed']]);
  assert.deepEqual(eligibleClaims('killed', claims, new Map([['r', text]])).map((c) => c.value), [3]);
  // Control: figures separated by a comma alone are not summed ("Five people were shot, one fatally").
  const other = 'Five people were shot, two were killed.';
  const r2 = reportFromText({ id: 'r', text: other, publishedAt: '2015-08-24' });
  const [d2] = findReportDates([r2]);
  const c2 = extractClaims({ report: r2, date: d2!, storyAnchor: '2015-08-24', reportSource: 'test' });
  assert.deepEqual(eligibleClaims('killed', c2, new Map([['r', other]])).map((c) => c.value), [2]);
});
