import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillYear } from './fill-year.js';

test('a year-less date takes the year that puts it nearest on or before the reference', () => {
  assert.equal(fillYear('XXXX-11-15', '2016-12-13'), '2016-11-15');
  assert.equal(fillYear('XXXX-12-31', '2017-01-02'), '2016-12-31');
  assert.equal(fillYear('XXXX-11', '2016-12-13'), '2016-11');
  assert.equal(fillYear('XXXX-WXX-2', '2016-12-13'), null);
});
