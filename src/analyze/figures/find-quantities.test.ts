import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findQuantities } from './find-quantities.js';

function q(text: string): Array<[string, number | null, number | null, number | null, string]> {
  return findQuantities(text).map((x) => [x.text, x.value, x.low, x.high, x.kind]);
}

test('counts with bounds and written numbers keep their value and bound', () => {
  assert.deepEqual(q('At least 225 civilians, including 27 children, have been killed since the Syrian government lifted the ceasefire on November 15.'), [
    ['At least 225', 225, 225, null, 'count'],
    ['27', 27, null, null, 'count'],
  ]);
  assert.deepEqual(q('Syrian government forces on Sunday retook six major rebel-held areas in Aleppo causing more than 10,000 civilians to flee.'), [
    ['six', 6, null, null, 'count'],
    ['more than 10,000', 10000, 10000, null, 'count'],
  ]);
});

test('ranges give low and high and no single value', () => {
  assert.deepEqual(q('Between 10,000 and 13,000 civilians have fled from eastern Aleppo in the past 24 hours.'), [['Between 10,000 and 13,000', null, 10000, 13000, 'count']]);
});

test('shares in digits, words and fractions are percent', () => {
  assert.deepEqual(q('The government has now taken more than three-quarters of the area.'), [['more than three-quarters', 75, 75, null, 'share']]);
  assert.deepEqual(q('Government forces say they control almost 90 percent of what was once rebel-held territory.'), [['almost 90 percent', 90, null, 90, 'share']]);
  assert.deepEqual(q("The Syrians' last claim was that it held 98% of areas previously held by the rebels."), [['98%', 98, null, null, 'share']]);
});

test('vague amounts are ranges marked approximate', () => {
  const [found] = findQuantities('tens of thousands of civilians trapped amid heavy fighting');
  assert.equal(found?.approximate, true);
  assert.deepEqual([found?.low, found?.high, found?.value], [20000, 99999, null]);
});

test('"the rebel half of the city" is not a share', () => {
  assert.deepEqual(q('civilians had found themselves besieged in the eastern-held, rebel half of the city'), []);
});

test('never throws, and every quantity is the slice of the text at its offsets', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 ,.%-abcdefghijklmnoptuvwxyz'.split('')), maxLength: 80 }), (text) => {
      for (const x of findQuantities(text)) assert.equal(text.slice(x.start, x.end), x.text);
    }),
  );
});

test('ages without hyphens and gallery counters are not figures; the counts beside them are', () => {
  assert.deepEqual(q('Neighbors say the 4 yo boy was playing outside when 3 people were shot.').map((x) => x[0]), ['3']);
  assert.deepEqual(q('A 5 year old and a child, 7 years old, were hurt; 2 others were shot.').map((x) => x[0]), ['2']);
  assert.deepEqual(q('Image 3 of 4 A child was shot on Tuesday.'), []);
});
