import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyIdFromHash } from './route.js';

test('the story id is read from the hash, and a hash that does not decode names no story instead of throwing', () => {
  assert.equal(storyIdFromHash('#/story/s-12'), 's-12');
  assert.equal(storyIdFromHash(`#/story/${encodeURIComponent('s/1 é')}`), 's/1 é');
  assert.equal(storyIdFromHash(''), null);
  assert.equal(storyIdFromHash('#/'), null);
  assert.equal(storyIdFromHash('#/story/%E0%A4%A'), null);
  assert.equal(storyIdFromHash('#/story/%'), null);
});
