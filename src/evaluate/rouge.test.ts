import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { lcsIndices, rougeN, scoreRouge } from './rouge.js';
import { rougeSentences, rougeTokens } from './rouge-text.js';
import { scoreDataset } from './score-dataset.js';

interface ReferenceCase {
  readonly name: string;
  readonly summary: string | string[];
  readonly references: string[];
  readonly summarySentences: string[];
  readonly expected: Record<'rouge1' | 'rouge2' | 'rougeLsum', { f1: number; recall: number }>;
}

// Values computed by shared/tools/rouge.py itself (scripts/rouge-fixtures.py regenerates them).
const cases = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/rouge-reference-cases/cases.json', import.meta.url), 'utf8'),
) as ReferenceCase[];

for (const c of cases) {
  test(`scores agree with rouge.py: ${c.name}`, () => {
    assert.deepEqual(rougeSentences(c.summary), c.summarySentences);
    const got = scoreRouge(c.summary, c.references);
    for (const key of ['rouge1', 'rouge2', 'rougeLsum'] as const) {
      assert.ok(Math.abs(got[key].f1 - c.expected[key].f1) < 1e-12, `${key} F1 ${got[key].f1} vs ${c.expected[key].f1}`);
      assert.ok(Math.abs(got[key].recall - c.expected[key].recall) < 1e-12, `${key} recall ${got[key].recall} vs ${c.expected[key].recall}`);
    }
  });
}

test('tokens are lowercased, split at every non-alphanumeric run and stemmed only past 3 characters', () => {
  assert.deepEqual(rougeTokens("The U.S. economy's 8.2% jobs-report: they're RUNNING"), [
    'the', 'u', 's', 'economi', 's', '8', '2', 'job', 'report', 'they', 're', 'run',
  ]);
  assert.deepEqual(rougeTokens('Café naïve'), ['caf', 'na', 've']);
});

test('a text with several lines is split on newlines, a one-line text with the simple splitter', () => {
  assert.deepEqual(rougeSentences('First line. Still first.\n\nSecond line\n'), ['First line. Still first.', 'Second line']);
  assert.deepEqual(rougeSentences('He left. "She stayed." Then 3 more came. e.g. not here.'), [
    'He left.', '"She stayed."', 'Then 3 more came. e.g. not here.',
  ]);
  assert.deepEqual(rougeSentences(['one', '  ', 'two']), ['one', 'two']);
});

test('ROUGE-2 clips repeated bigrams to the reference count', () => {
  const m = rougeN(['a', 'b', 'a', 'b', 'a', 'b'], ['a', 'b', 'c'], 2);
  assert.equal(m.precision, 1 / 5);
  assert.equal(m.recall, 1 / 2);
});

test('the LCS backtrack prefers moving up on ties, as rouge-score does', () => {
  // "a b" against "b a": both single-token LCSs exist; rouge.py's tie rule keeps index 0 ("a").
  assert.deepEqual(lcsIndices(['a', 'b'], ['b', 'a']), [0]);
  assert.deepEqual(lcsIndices(['x', 'a', 'y', 'b'], ['a', 'b']), [3, 1]);
});

test('a missing prediction scores zero and averages over every cluster', () => {
  const dataset = [
    { id: 'c1', summaries: ['The cat sat on the mat.'] },
    { id: 'c2', summaries: ['Dogs bark loudly.'] },
  ];
  const result = scoreDataset(dataset, new Map([['c1', 'The cat sat on the mat.']]));
  assert.equal(result.rouge1.f1, 0.5);
  assert.equal(result.predicted, 1);
  assert.equal(result.clusters, 2);
  assert.equal(result.meanWords, 3);
});

const wordy = fc.array(fc.constantFrom('storm', 'hit', 'the', 'coast', 'Monday', 'killing', '12', 'people.', 'Aid', 'arrived'), {
  minLength: 1,
  maxLength: 30,
});

test('any text tokenizes without throwing into [a-z0-9] tokens', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      for (const t of rougeTokens(text)) assert.match(t, /^[a-z0-9]+$/);
      for (const s of rougeSentences(text)) assert.notEqual(s.trim(), '');
    }),
  );
});

test('a summary identical to its reference scores 1 on every measure', () => {
  fc.assert(
    fc.property(wordy, (words) => {
      const text = words.join(' ');
      const scores = scoreRouge(text, [text]);
      assert.ok(Math.abs(scores.rouge1.f1 - 1) < 1e-12);
      assert.ok(Math.abs(scores.rougeLsum.f1 - 1) < 1e-12);
      if (words.length > 1) assert.ok(Math.abs(scores.rouge2.f1 - 1) < 1e-12);
    }),
  );
});

test('scores stay in [0, 1] and ROUGE-1 F1 is symmetric in summary and reference', () => {
  fc.assert(
    fc.property(wordy, wordy, (a, b) => {
      const ab = scoreRouge(a.join(' '), [b.join(' ')]);
      const ba = scoreRouge(b.join(' '), [a.join(' ')]);
      for (const m of [ab.rouge1, ab.rouge2, ab.rougeLsum]) {
        for (const x of [m.precision, m.recall, m.f1]) assert.ok(x >= 0 && x <= 1 + 1e-12);
      }
      assert.ok(Math.abs(ab.rouge1.f1 - ba.rouge1.f1) < 1e-12);
      assert.ok(Math.abs(ab.rouge1.precision - ba.rouge1.recall) < 1e-12);
    }),
  );
});
