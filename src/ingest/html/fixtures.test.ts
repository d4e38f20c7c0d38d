/** @module Every `test/fixtures/html-*` folder: a real page in, the expected report out. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { htmlFixtureDirs, runHtmlFixture } from '../../../test/html-fixture-case.js';

const dirs = htmlFixtureDirs();

test('there are HTML fixtures to check', () => {
  assert.ok(dirs.length >= 6, `found ${dirs.length} html-* fixture folders`);
});

for (const dir of dirs) {
  test(`the page in ${basename(dir)} reads as its expected report`, () => {
    const expected: unknown = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    assert.deepEqual(runHtmlFixture(dir), expected);
  });
}
