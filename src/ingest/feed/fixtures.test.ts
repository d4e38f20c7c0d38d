import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { feedFixtureDirs, runFeedFixture } from '../../../test/feed-fixture-case.js';

const dirs = feedFixtureDirs();

test('there are feed fixtures for RSS, Atom, JSON Feed, a legacy charset and a non-feed', () => {
  assert.ok(dirs.length >= 5, `found ${dirs.length}`);
});

for (const dir of dirs) {
  test(`feed fixture ${basename(dir)} parses to its expected.json`, () => {
    const expected: unknown = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(runFeedFixture(dir))), expected);
  });
}
