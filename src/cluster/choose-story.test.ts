import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseStory, DEFAULT_GREY_THRESHOLD, DEFAULT_THRESHOLD } from './choose-story.js';

const scored = [
  { number: 3, similarity: 0.19 },
  { number: 5, similarity: 0.17 },
  { number: 7, similarity: 0.1 },
];

test('without a grey band, only a story at or above the threshold is joined', () => {
  assert.equal(chooseStory(scored, DEFAULT_THRESHOLD), null);
  assert.deepEqual(chooseStory(scored, 0.17), { number: 3, similarity: 0.19 });
});

test('a grey-band story is joined only when its rare terms agree, and the most similar such story wins', () => {
  const evidenceFor = (numbers: readonly number[]) => ({ low: DEFAULT_GREY_THRESHOLD, hasEvidence: (n: number) => numbers.includes(n) });
  assert.equal(chooseStory(scored, DEFAULT_THRESHOLD, evidenceFor([])), null);
  assert.deepEqual(chooseStory(scored, DEFAULT_THRESHOLD, evidenceFor([5])), { number: 5, similarity: 0.17 });
  assert.deepEqual(chooseStory(scored, DEFAULT_THRESHOLD, evidenceFor([3, 5])), { number: 3, similarity: 0.19 });
  // Under the band's lower edge, evidence does not help.
  assert.equal(chooseStory(scored, DEFAULT_THRESHOLD, evidenceFor([7])), null);
});

test('a story over the threshold beats a grey one, and the evidence test is not asked of it', () => {
  const asked: number[] = [];
  const grey = { low: 0.15, hasEvidence: (n: number) => (asked.push(n), true) };
  assert.deepEqual(chooseStory([{ number: 2, similarity: 0.3 }, { number: 1, similarity: 0.2 }], 0.21, grey), { number: 2, similarity: 0.3 });
  assert.deepEqual(asked, [1]);
});

test('ties go to the older story', () => {
  assert.deepEqual(chooseStory([{ number: 9, similarity: 0.4 }, { number: 4, similarity: 0.4 }], 0.21), { number: 4, similarity: 0.4 });
});
