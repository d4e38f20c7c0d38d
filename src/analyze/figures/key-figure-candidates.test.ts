import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { findReportDates } from '../timeline/index.js';
import { eligibleClaims } from './eligible-claims.js';
import { extractClaims } from './extract-claims.js';
import { findCandidates, storyFrame, titleCounts } from './key-figure-candidates.js';
import { findKeyFigures } from './key-figures.js';
import { rankCandidates } from './rank-key-figure.js';
import type { FigureClaim } from '../types.js';

test('an ordinal death in a title states the running toll; other ordinals do not', () => {
  assert.deepEqual(titleCounts('Third victim in Metairie shooting dies'), [{ value: 3, measure: 'killed' }]);
  assert.deepEqual(titleCounts('2nd body found in ditch day after drive-by shooting'), [{ value: 2, measure: 'killed' }]);
  assert.deepEqual(titleCounts('Second suspect in MLK Day fatal shooting back in San Antonio'), []);
  assert.deepEqual(titleCounts('Elgin shooting leaves 5 injured'), [{ value: 5, measure: 'injured' }]);
});

test('a title without a count states one death or one person shot; a count or a denial wins', () => {
  assert.deepEqual(titleCounts('Boyle County man dies after accidental shooting'), [{ value: 1, measure: 'killed' }]);
  assert.deepEqual(titleCounts('Four people found shot to death at North Akron apartment complex'), [{ value: 4, measure: 'killed' }]);
  assert.deepEqual(titleCounts('Poplar Bluff teen recovering after accidentally being shot'), [{ value: 1, measure: 'shot' }]);
  assert.deepEqual(titleCounts('Chaotic brawl, shooting leaves 2 dead, 5 injured'), [{ value: 2, measure: 'killed' }, { value: 5, measure: 'injured' }]);
  assert.deepEqual(titleCounts('Police: no one hurt in shooting'), []);
  assert.deepEqual(titleCounts('Stepfather charged after accidental Franklin County shooting'), []);
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

/** The claims, texts and titles of a story of dated reports `[id, date, title, text]`. */
function story(...reports: [string, string, string, string][]): { claims: FigureClaim[]; texts: Map<string, string>; titles: Map<string, string | null> } {
  const rs = reports.map(([id, date, title, text]) => reportFromText({ id, text, title, publishedAt: date }));
  const dates = findReportDates(rs);
  const claims = rs.flatMap((report, i) => extractClaims({ report, date: dates[i]!, storyAnchor: reports.at(-1)![1], reportSource: 'test' }));
  return { claims, texts: new Map(rs.map((r) => [r.id, r.text])), titles: new Map(rs.map((r) => [r.id, r.title])) };
}

test('"one of the five ... has died" counts one death, and a later death moves one victim from injured to killed', () => {
  const s = story(
    ['a', '2014-12-14', 'Five people shot in Overtown', 'Five people were injured in a drive-by shooting Sunday evening in Overtown, police said.'],
    ['b', '2014-12-18', 'One of five victims in Overtown shooting dies', 'One of the five people hospitalized after a drive-by shooting in Overtown has died, police said Thursday.'],
  );
  assert.deepEqual(s.claims.filter((c) => c.counted.measure === 'killed').map((c) => c.value), [1]);
  const killed = findCandidates('killed', s.claims, s.texts, s.titles).filter((c) => c.kinds.has('laterDied')).map((c) => c.value);
  const injured = findCandidates('injured', s.claims, s.texts, s.titles).filter((c) => c.kinds.has('laterDied')).map((c) => c.value);
  assert.deepEqual([killed, injured], [[1], [4]]);
  // Control: with one report (no later death), no update candidate.
  const one = story(['a', '2014-12-14', 'Five people shot', 'Five people were injured in a drive-by shooting Sunday evening in Overtown, police said.']);
  assert.deepEqual(findCandidates('injured', one.claims, one.texts, one.titles).filter((c) => c.kinds.has('laterDied')), []);
});

test("the story's names are those most reports print; a round-up's other incident is off the story", () => {
  const s = story(
    ['a', '2015-09-03', 'Boy killed in Englewood', 'An 11-year-old boy, Antwone Price, died late Wednesday in Englewood, police said. At least eight people were killed in Chicago shootings throughout the day in Austin and Garfield Park.'],
    ['b', '2015-09-03', 'Boy shot in Englewood', 'Police say Antwone Price was shot in Englewood as a relative played with a handgun.'],
  );
  assert.deepEqual([...storyFrame(s.texts, s.claims).names].sort(), ['Antwone', 'Englewood', 'Price']);
  const eight = findCandidates('killed', s.claims, s.texts, s.titles).find((c) => c.value === 8)!;
  assert.deepEqual([eight.features.offStory, eight.features.pluralEvents], [1, 1]);
  const one = findCandidates('killed', s.claims, s.texts, s.titles).find((c) => c.value === 1)!;
  assert.deepEqual([one.features.onStory, one.features.offStory, one.features.pluralEvents], [1, 0, 0]);
});

test("key figures keep each place apart: the combined toll first, then each city's own", () => {
  const s = story(
    ['a', '1998-08-08', 'Embassy bombings', 'The bombs exploded minutes apart, killing 213 people in Nairobi and 11 in Dar es Salaam.'],
    ['b', '1998-08-09', 'Embassy bombings', 'The blast in Dar es Salaam destroyed the U.S. Embassy, killing 11 people. In all, 224 people were killed in Kenya and Tanzania. More than 900 people have been killed in such attacks so far this year.'],
  );
  const killed = findKeyFigures(s.claims, s.texts, { titles: s.titles }).filter((k) => k.measure === 'killed').map((k) => [k.what, k.value]);
  assert.deepEqual(killed, [['people killed', 224], ['people killed in Nairobi', 213], ['people killed in Dar es Salaam', 11]]);
  // "so far this year" is another time's tally: not among the story-wide figure's values.
  assert.deepEqual(findKeyFigures(s.claims, s.texts, { titles: s.titles })[0]!.values.map((v) => v.value), [224]);
  // Control: one place only, no per-place rows.
  const one = story(['a', '1998-08-08', 'Bombing', 'The bomb exploded in Nairobi, killing 213 people in Nairobi.']);
  assert.deepEqual(findKeyFigures(one.claims, one.texts).filter((k) => k.measure === 'killed').map((k) => [k.what, k.value]), [['people killed', 213]]);
});

test('the shipped ranker follows one victim across reports: injured, then died', () => {
  const s = story(
    ['a', '2014-12-14', 'Five people shot in Overtown', 'Five people were injured in a drive-by shooting Sunday evening in Overtown, police said.'],
    ['b', '2014-12-18', 'One of five victims in Overtown shooting dies', 'One of the five people hospitalized after a drive-by shooting in Overtown has died, police said Thursday.'],
  );
  const k = findKeyFigures(s.claims, s.texts, { titles: s.titles });
  assert.deepEqual(['killed', 'injured'].map((m) => k.find((x) => x.measure === m)?.value), [1, 4]);
  // A stump model is read as the sum of its leaves: one stump on the update candidate picks it.
  const cands = findCandidates('injured', s.claims, s.texts, s.titles);
  assert.equal(rankCandidates('injured', cands, { stumps: { injured: [['laterDied', 0.5, 0, 5]] } })?.value, 4);
  assert.equal(rankCandidates('injured', cands, { stumps: { injured: [['laterDied', 0.5, 5, 0]] } })?.value === 4, false);
  // A tree of depth two: a side may split again; the update wins only where it is also in a title.
  assert.equal(rankCandidates('injured', cands, { stumps: { injured: [['laterDied', 0.5, 0, ['fromTitle', 0.5, -1, 5]]] } })?.value, 4);
  assert.equal(rankCandidates('injured', cands, { stumps: { injured: [['laterDied', 0.5, 0, ['fromTitle', 0.5, 5, -1]]] } })?.value === 4, false);
});

test('the injured count derives "shot minus killed" from the killed figure it is given', () => {
  const s = story(['a', '2015-06-11', 'Shooting in Houston', 'Five people were shot outside a bar early Thursday, police said. Two of them died at the scene.']);
  const derived = (killed?: number) => findCandidates('injured', s.claims, s.texts, s.titles, killed).filter((c) => c.kinds.has('derived')).map((c) => c.value);
  assert.deepEqual(derived(2), [3]);
  assert.deepEqual(derived(1), [4]);
});

test('a title\'s multiplicative numeral binds its event: "quadruple shooting" is four shot, "triple homicide" three killed', () => {
  assert.deepEqual(titleCounts('Teen killed in Third Ward quadruple shooting'), [{ value: 4, measure: 'shot' }, { value: 1, measure: 'killed' }]);
  assert.deepEqual(titleCounts('Victims identified in Roswell triple homicide'), [{ value: 3, measure: 'killed' }]);
});

test('an injured figure derived from the shot lists no shot count as an injured figure "also stated"', () => {
  const s = story(
    ['a', '2015-06-11', 'Teen killed in Third Ward quadruple shooting', 'A teenager was killed in a quadruple shooting in Houston early Thursday, police said. Three other people were shot and taken to a hospital.'],
  );
  const injured = findKeyFigures(s.claims, s.texts, { titles: s.titles }).find((k) => k.measure === 'injured');
  assert.equal(injured?.value, 3);
  assert.deepEqual(injured?.values.map((v) => v.value), [3]);
  assert.equal(injured?.status, 'single');
});
