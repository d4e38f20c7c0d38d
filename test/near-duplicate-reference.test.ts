import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { repoRoot } from './html-fixture-case.js';
import { containment, findNearDuplicate, shingles } from './near-duplicate-reference.js';

const seed = (name: string): string => readFileSync(join(repoRoot(), 'examples', 'aleppo', name), 'utf8');
const a = seed('000_76b5fb938eb88dee.txt');
const b = seed('004_8826540e88871d67.txt');

test('two different reports of the same story are not near copies', () => {
  assert.ok(containment(shingles(a), shingles(b)) < 0.05);
  assert.equal(findNearDuplicate(b, [{ id: 'r1', text: a }]), null);
});

test('a copy trimmed to its first 60% with a word changed throughout is a near copy of the first candidate that matches', () => {
  const copy = a.slice(0, Math.floor(a.length * 0.6)).replace(/ said/g, ' told reporters');
  assert.equal(findNearDuplicate(copy, [{ id: 'r2', text: b }, { id: 'r1', text: a }, { id: 'r3', text: a }]), 'r1');
});

test('a one-line report is too short to judge', () => {
  assert.equal(findNearDuplicate('Aleppo evacuation resumes.', [{ id: 'r1', text: 'Aleppo evacuation resumes.' }]), null);
});

test('containment is symmetric, between 0 and 1, and 1 for a text with itself', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (x, y) => {
      const [sx, sy] = [shingles(x), shingles(y)];
      const c = containment(sx, sy);
      assert.equal(c, containment(sy, sx));
      assert.ok(c >= 0 && c <= 1);
      if (sx.size > 0) assert.equal(containment(sx, sx), 1);
    }),
    { numRuns: 200 },
  );
});
