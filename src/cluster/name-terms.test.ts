import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countNameRuns } from './name-terms.js';

test('runs of capitalised words become one stemmed term each, counted per occurrence', () => {
  const counts = countNameRuns('Cambodian leader Hun Sen rejected talks in Beijing. Hun Sen said King Norodom Sihanouk agreed.', new Map());
  assert.deepEqual([...counts], [
    ['^hun_sen', 2],
    ['^king_norodom_sihanouk', 1],
  ]);
});

test('a sentence opener is not part of the name, and a lone capitalised word is no run', () => {
  assert.deepEqual([...countNameRuns('The Palestinian Authority met. The Cabinet voted. In Jerusalem, police said.', new Map())], [['^palestinian_author', 1]]);
});

test('lower-cased text and a zero weight add nothing; the counts passed in are kept', () => {
  const counts = new Map([['turkei', 2]]);
  assert.deepEqual([...countNameRuns('hun sen rejected talks in beijing', counts)], [['turkei', 2]]);
  assert.deepEqual([...countNameRuns('Hun Sen rejected talks', new Map(), 0)], []);
  assert.deepEqual([...countNameRuns('Hun Sen rejected talks', new Map(), 0.5)], [['^hun_sen', 0.5]]);
});
