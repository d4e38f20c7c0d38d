import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { findReportDates } from '../timeline/index.js';
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
