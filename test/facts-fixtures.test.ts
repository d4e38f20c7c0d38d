import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedFor, factsCases, factsFor } from './facts-fixture-case.js';

for (const fixture of factsCases()) {
  test(`the story facts of ${fixture.name} match its hand-checked expected.json`, async () => {
    assert.deepEqual(await factsFor(fixture), expectedFor(fixture));
  });
}
