import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { findReportDates } from '../timeline/index.js';
import { extractClaims } from './extract-claims.js';

function claims(text: string, publishedAt: string | null = null) {
  const report = reportFromText({ id: 'r', text, publishedAt });
  const [date] = findReportDates([report]);
  return extractClaims({ report, date: date!, storyAnchor: '2016-12-13', reportSource: 'the report' }).map((c) => ({
    text: c.text, what: [c.counted.noun, c.counted.event, c.counted.place, c.counted.time].join('|'), source: c.source, attributed: c.attributed,
  }));
}

test('a count is described by noun, event, place and time, with its source', () => {
  assert.deepEqual(claims('The UK-based Observatory added that at least 413 civilians have been killed in east Aleppo since the latest offensive began on November 15th, and 139 have been killed in the city\'s west by rebel rocket fire.'), [
    { text: 'at least 413 civilians', what: 'civilians|killed|east Aleppo|since 2016-11-15', source: 'UK-based Observatory', attributed: true },
    { text: '139', what: 'civilians|killed|west of the city|since 2016-11-15', source: 'UK-based Observatory', attributed: true },
  ]);
});

test('"according to" and a trailing "X said" name the source; otherwise the report is credited', () => {
  assert.equal(claims('According to the Observatory, around 10,000 civilians fled the eastern region of Aleppo.')[0]?.source, 'Observatory');
  assert.equal(claims('"The rebels have lost at least 30 percent of the territory they once controlled in Aleppo," chief of the monitoring group Rami Abdel Rahman said.')[0]?.source, 'chief of the monitoring group Rami Abdel Rahman');
  assert.deepEqual(claims('The government has now taken more than three-quarters of the area.').map((c) => [c.source, c.attributed, c.what]), [['the report', false, 'territory|captured||']]);
});

test('a share "of eastern Aleppo" is territory in east Aleppo, and a dispute is recorded', () => {
  const report = reportFromText({ id: 'r', text: 'Government forces and allied militiamen say they control almost 90 percent of what was once rebel-held territory - a figure the opposition disputes.' });
  const [date] = findReportDates([report]);
  const [c] = extractClaims({ report, date: date!, storyAnchor: null, reportSource: 'x' });
  assert.equal(c?.disputedBy, 'the opposition');
  assert.equal(c?.source, 'Government forces and allied militiamen');
  assert.deepEqual(claims('The fall of the Shaar neighborhood would leave Syrian regime forces in control of 70 percent of eastern Aleppo.').map((x) => x.what), ['territory|captured|east Aleppo|']);
});

test('each coordinate takes its own place; the elided noun and event come from the figure before', () => {
  const text = 'The bombs exploded minutes apart, killing 213 people in Nairobi and 11 in Dar es Salaam.';
  assert.deepEqual(claims(text).map((c) => c.what), ['people|killed|Nairobi|', 'people|killed|Dar es Salaam|']);
});

test('a capitalised plural counts people; a capitalised name or unit counts nothing; a place in the phrase is no territory', () => {
  assert.deepEqual(claims('In Nairobi, 12 Americans were killed.').map((c) => c.what), ['Americans|killed|Nairobi|']);
  assert.deepEqual(claims('Temperatures fell to minus 20 degrees Celsius.'), []);
  assert.deepEqual(claims('A cold wave has killed at least 62 people throughout Europe.').map((c) => c.what), ['people|killed|Europe|']);
});

test('taken to hospital alive is injured; a contrast clause and "anyone" bind no predicate; a partitive part is one figure', () => {
  const measures = (text: string) => claims(text).map((c) => `${c.text}|${c.what.split('|')[1]}`);
  assert.deepEqual(measures('Police shot four men, sending three people to the hospital and killing an 18-year-old.'), ['four men|shot', 'three people|hospitalized', 'an 18-year-old|killed']);
  assert.deepEqual(measures('One person died at the scene, and 19 were transported to Lee Memorial Hospital.'), ['One person|killed', '19|hospitalized']);
  // A death that follows the hospital wins; a lone person taken to hospital is not counted by it.
  assert.deepEqual(measures('The man and the girl were rushed to an area hospital where they later died.'), ['The man and the girl|killed']);
  assert.deepEqual(measures('A man was taken to the hospital.'), []);
  assert.deepEqual(measures('They saw two men arguing, but did not see anyone injured.'), ['two men|']);
  // One claim for the part, not a second one read from "Two" with "four" as its noun.
  assert.deepEqual(measures('Two of the four men died, police said.'), ['Two of the four men|killed']);
});

test('a multiplicative numeral before an event noun counts its people: "quadruple shooting" is four shot', () => {
  const measures = (text: string) => claims(text).map((c) => `${c.text}|${c.what.split('|')[1]}`);
  assert.deepEqual(measures('A teenager was killed in a quadruple shooting in Houston early Thursday.'), ['A teenager|killed', 'quadruple shooting|shot']);
  assert.deepEqual(measures('Police have made an arrest in the triple homicide near Lacey.'), ['triple homicide|killed']);
  // Not a multiplicative of people: "double" as an adjective of something else counts nothing.
  assert.deepEqual(measures('The suspect faces double jeopardy questions and a triple-digit bail.'), []);
});

test('a gunshot wound counts the shot, not the injured: the wounded may have died', () => {
  const measures = (text: string) => claims(text).map((c) => `${c.text}|${c.what.split('|')[1]}`);
  assert.deepEqual(measures('Upon arrival, they found three people with gunshot wounds.'), ['three people|shot']);
  // Control: wounds that are not gunshot wounds still count the injured.
  assert.deepEqual(measures('Two officers were treated for minor wounds.'), ['Two officers|wounded']);
});
