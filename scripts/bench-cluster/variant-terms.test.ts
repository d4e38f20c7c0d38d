import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberUnitTerms } from './variant-terms.js';

test('a number and the content word right after it make one term; thousands and decimals read whole', () => {
  assert.deepEqual(numberUnitTerms('Gunmen killed 17 people and 1,200 soldiers; damage of $4.5 billion, in 2015.'), ['#17_peopl', '#1200_soldier', '#4.5_billion']);
});

test('a number followed by a stop word or nothing makes no term', () => {
  assert.deepEqual(numberUnitTerms('It rose to 45 in the end, then 12'), []);
});
