/** @module The one fixture runner: every folder of every kind in test/fixture-kinds.ts matches its expected.json (scripts/regenerate-fixtures.ts rewrites them). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedOf, FIXTURE_KINDS } from './fixture-kinds.js';

for (const kind of FIXTURE_KINDS) {
  const cases = kind.cases();
  test(`there are at least ${kind.atLeast} ${kind.kind} fixtures`, () => {
    assert.ok(cases.length >= kind.atLeast, `found ${cases.length} ${kind.kind} fixture folders`);
  });
  for (const fixture of cases) {
    test(`${kind.kind} fixture ${fixture.name}: the ${kind.says} matches its expected.json`, async () => {
      assert.deepEqual(await fixture.produce(), expectedOf(fixture));
    });
  }
}
