import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillBudget } from './budget.js';
import { median, percentile } from './report.js';

const ranked = [
  { text: 'Hurricane Mitch killed thousands in Honduras and Nicaragua.', order: 2 }, // 8 words
  { text: 'Aid agencies said relief supplies were slow to arrive in the remote north of the country.', order: 0 }, // 16
  { text: 'Officials counted the dead.', order: 1 }, // 4
];

test('fit takes whole sentences best first, skips one that overflows and restores document order', () => {
  assert.deepEqual(fillBudget(ranked, 13, 'fit'), ['Officials counted the dead.', 'Hurricane Mitch killed thousands in Honduras and Nicaragua.']);
});

test('truncate cuts the first overflowing sentence at the budget and stops', () => {
  assert.deepEqual(fillBudget(ranked, 10, 'truncate'), [
    'Aid agencies',
    'Hurricane Mitch killed thousands in Honduras and Nicaragua.',
  ]);
});

test('median and nearest-rank p95 of a sample', () => {
  const ms = Array.from({ length: 20 }, (_, i) => i + 1);
  assert.equal(median(ms), 10.5);
  assert.equal(percentile(ms, 95), 19);
  assert.equal(percentile([7], 95), 7);
});
