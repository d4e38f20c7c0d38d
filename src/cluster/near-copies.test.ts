import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { repoRoot } from '../../test/html-fixture-case.js';
import { createNearCopyIndex, findNearCopy, fingerprint, hashContainment, insertInOrder, type Fingerprint } from './near-copies.js';
import { containment, findNearDuplicate, shingles } from '../../test/near-duplicate-reference.js';

const seedDir = join(repoRoot(), 'examples', 'aleppo');
const seeds = readdirSync(seedDir)
  .sort()
  .map((name) => readFileSync(join(seedDir, name), 'utf8'));

/** Word lists over a few words (with case, accents and digits), so that random texts share 5-grams. */
const words = fc.array(fc.constantFrom('aleppo', 'Aleppo', 'rebels', 'said', 'the', 'évacuation', '2016', 'buses', 'of', 'city'), { minLength: 0, maxLength: 80, size: 'max' });

test('fingerprints hold one hash per distinct shingle, and their containment is the reference (test/near-duplicate-reference.ts), on the seed reports and trimmed copies', () => {
  const texts = [...seeds, ...seeds.map((t) => t.slice(0, Math.floor(t.length * 0.6)).replace(/ said/g, ' told reporters'))];
  for (const x of texts) {
    const fx = fingerprint('x', x);
    assert.equal(fx.hashes?.length ?? 0, shingles(x).size < 20 ? 0 : shingles(x).size);
    for (const y of texts) {
      const fy = fingerprint('y', y);
      if (fx.hashes !== null && fy.hashes !== null) assert.equal(hashContainment(fx.hashes, fy.hashes), containment(shingles(x), shingles(y)));
    }
  }
});

test('findNearCopy names the same candidate as findNearDuplicate (property, texts over a small vocabulary)', () => {
  fc.assert(
    // Candidates: random texts and a part of the new text itself (a trimmed copy), in random order.
    fc.property(words, fc.array(words, { maxLength: 3 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.nat(), (own, others, front, back, at) => {
      const text = own.join(' ');
      const part = own.slice(front, Math.max(front, own.length - back)).join(', ');
      const texts = others.map((o) => o.join('\n'));
      texts.splice(at % (texts.length + 1), 0, part);
      const candidates = texts.map((t, i) => ({ id: `r${i + 1}`, text: t }));
      assert.equal(
        findNearCopy(
          fingerprint('new', text),
          candidates.map((c) => fingerprint(c.id, c.text)),
        ),
        findNearDuplicate(text, candidates),
      );
    }),
    { numRuns: 500 },
  );
});

test('a story keeps its fingerprints in the store\'s order, and the least recently used stories go past the bound', () => {
  const list: Fingerprint[] = [];
  for (const id of ['r3', 'r10', 'r2', 'r7']) insertInOrder(list, { id, hashes: null });
  assert.deepEqual(
    list.map((f) => f.id),
    ['r2', 'r3', 'r7', 'r10'],
  );
  const index = createNearCopyIndex(3);
  index.set('s-1', [{ id: 'r1', hashes: null }]);
  index.set('s-2', [{ id: 'r2', hashes: null }]);
  index.get('s-1');
  index.set('s-3', [
    { id: 'r3', hashes: null },
    { id: 'r4', hashes: null },
  ]);
  // Four held past a bound of three: s-2, read least recently, goes.
  assert.equal(index.get('s-2'), undefined);
  assert.equal(index.get('s-1')?.length, 1);
  assert.equal(index.get('s-3')?.length, 2);
});
