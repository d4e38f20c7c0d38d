import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { buildTimeline, findReportDates } from '../timeline/index.js';
import { extractClaims } from './extract-claims.js';
import { findQuantities } from './find-quantities.js';
import { groupFigures } from './group-figures.js';

function claimsOf(text: string) {
  const report = reportFromText({ id: 'r', text, publishedAt: '2016-12-13' });
  const [date] = findReportDates([report]);
  return extractClaims({ report, date: date!, storyAnchor: '2016-12-13', reportSource: 'test' });
}

test('"12.53%" is a share, not a date', () => {
  const report = reportFromText({ id: 'r', text: 'The index rose 12.53% on the day, traders said.', publishedAt: '2016-12-13' });
  const { timeline, unresolved } = buildTimeline([report], findReportDates([report]));
  assert.deepEqual(timeline.map((e) => e.expression.text).filter((t) => t.includes('12')), []);
  assert.deepEqual(unresolved, []);
  assert.deepEqual(findQuantities(report.text).map((x) => [x.value, x.kind]), [[12.53, 'share']]);
});

test('"Revolutionary Guards" is not a count of guards', () => {
  assert.deepEqual(claimsOf("The government is supported by Lebanon's militant group Hezbollah, Iraqi and Iranian militias, and Iran's elite Revolutionary Guards."), []);
});

test('"at 11.50pm Irish time" is not a figure', () => {
  assert.deepEqual(findQuantities('At 11.50pm Irish time, a Syrian rebel spokesman admitted opposition fighters were retreating.'), []);
});

test('years, days of months, durations, ages, ordinals and idioms are not figures', () => {
  for (const text of [
    'Aleppo was once Syria\'s largest city before the uprising began in 2011.',
    'The ceasefire was lifted on November 15 and the offensive resumed on November 15th.',
    'Rebel groups held eastern Aleppo for more than four years; the rebels asked for a five-day ceasefire.',
    'Military service in Syria is mandatory for men over the age of 18.',
    'Syria, the United States, France and Britain indeed deserve the name of the three musketeers.',
    // A year after a modifier, with nothing counted after it; digits two orders apart joined by a hyphen are a code.
    'The other would be able to produce enough for nuclear bombs starting around 2004.',
    'The phone of the president of the Oil, Chemical and Atomic Workers Local 4-243 rang without stop.',
  ]) {
    assert.deepEqual(findQuantities(text), [], text);
  }
});

test('"one of the officials" is no quantity, and "one resident stayed" no claim: "one" counts only with a measure', () => {
  assert.deepEqual(claimsOf('One of the officials with rebel groups said on Monday morning that one resident stayed.'), []);
  assert.deepEqual(claimsOf('One person was killed and four others were injured.').map((c) => [c.value, c.counted.measure, c.counted.nounClass]), [
    [1, 'killed', 'people'],
    [4, 'injured', 'people'],
  ]);
});

test('informants are not counts: "three officials ... told Reuters"', () => {
  assert.deepEqual(claimsOf('Overnight, three officials with rebel groups in Aleppo told Reuters they had received a letter.'), []);
});

test('times, street blocks, addresses, phone numbers, ages, measurements, calibres and station names are not figures', () => {
  for (const text of [
    'The shooting happened about 3:35 p.m. Wednesday, and police arrived at 10 a.m.',
    'Officers were called to the 300 block of North Street and to 797 Pope Street.',
    'Anyone with information should call (910) 323-1500 or 555-1234.',
    'Vontay Price, 22, and Royal Willrich, 30, were gunned down; the girls, ages four, six and 13, survived.',
    'The town lies 30 miles west of Gainesville; the storm moved at 8 mph with winds of 180 mph.',
    'The boys found the 9 mm pistol and a 45 caliber handgun; the man weighs 165 pounds.',
    'The girl told NBC 6 she was shot four or five times.',
  ]) {
    assert.deepEqual(findQuantities(text).map((q) => q.text), [], text);
  }
});

test('money is an amount, never a count', () => {
  assert.deepEqual(findQuantities('Bail was set at $50,000 and a reward of 2,000 dollars offered.').map((q) => [q.value, q.kind]), [
    [50000, 'amount'],
    [2000, 'amount'],
  ]);
});

test('counts without numbers: "a man was shot and killed" is one killed, "no one was hurt" none', () => {
  assert.deepEqual(claimsOf('A man was shot and killed on Sunday. No one else was hurt.').map((c) => [c.value, c.counted.measure]), [
    [1, 'killed'],
    [0, 'injured'],
  ]);
});

test('a count whose predicate is denied counts no one of the measure', () => {
  const measures = (text: string) => claimsOf(text).filter((c) => ['killed', 'injured', 'shot'].includes(c.counted.measure)).map((c) => [c.value, c.counted.measure]);
  assert.deepEqual(measures('The 11-year-old girl was not hurt, police said.'), []);
  assert.deepEqual(measures("There were three customers who weren't injured in the incident."), []);
  assert.deepEqual(measures('Two other passengers were not injured.'), []);
  // Control: the same phrases with the predicate affirmed are counts.
  assert.deepEqual(measures('The 11-year-old girl was hurt, police said.'), [[1, 'injured']]);
  assert.deepEqual(measures('Three customers were injured in the incident.'), [[3, 'injured']]);
});

test('counts of a noun with no measure never form a group, so never a conflict', () => {
  const of = (id: string, text: string) => {
    const report = reportFromText({ id, text, publishedAt: '2016-12-13' });
    const [date] = findReportDates([report]);
    return extractClaims({ report, date: date!, storyAnchor: '2016-12-13', reportSource: id });
  };
  const noMeasure = [...of('a', 'About 120 people in Stockholm gathered at the square.'), ...of('b', 'Some 40 people in Stockholm gathered at the square.')];
  assert.deepEqual(noMeasure.map((c) => [c.value ?? c.low, c.counted.event]), [[120, ''], [40, '']]);
  assert.deepEqual(groupFigures(noMeasure).map((g) => [g.status, g.claims.length]), [['single', 1], ['single', 1]]);
  // Control: the same counts with a measure are one group, and they disagree.
  const killed = [...of('a', 'Police said 12 people were killed in Stockholm.'), ...of('b', 'Police said 14 people were killed in Stockholm.')];
  assert.deepEqual(groupFigures(killed).map((g) => g.claims.length), [2]);
});

test('a count the size of a year still counts when it names what it counts, and a range keeps its bounds', () => {
  assert.deepEqual(findQuantities('About 2000 people fled the city.').map((x) => [x.value, x.approximate]), [[2000, true]]);
  assert.deepEqual(findQuantities('Between 5-10 people were hurt, and 200-300 homes burned.').map((x) => [x.low, x.high]), [[5, 10], [200, 300]]);
});
