import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stemPorterNltk } from './porter-nltk.js';

// Words and their stems from NLTK's PorterStemmer() (scripts/rouge-fixtures.py): every shared-data
// word where NLTK's default mode differs from Martin Porter's version, plus a random sample of others.
const rows = readFileSync(new URL('../../../test/fixtures/porter-nltk-stems/stems.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);

test('stems match NLTK PorterStemmer() on every fixture word', () => {
  assert.ok(rows.length > 900);
  const wrong = rows.filter(([word, stem]) => stemPorterNltk(word) !== stem);
  assert.deepEqual(wrong.map(([w, s]) => `${w}: ${stemPorterNltk(w)} != ${s}`), []);
});

test('NLTK extensions: irregular forms, y kept after a vowel, two-letter vc stems take an e', () => {
  assert.equal(stemPorterNltk('news'), 'news');
  assert.equal(stemPorterNltk('dying'), 'die');
  assert.equal(stemPorterNltk('they'), 'they');
  assert.equal(stemPorterNltk('friday'), 'friday');
  assert.equal(stemPorterNltk('trying'), 'tri');
  assert.equal(stemPorterNltk('used'), 'use');
  assert.equal(stemPorterNltk('ties'), 'tie');
  assert.equal(stemPorterNltk('successfully'), 'success');
});

test('stemming any lowercase word never throws and never grows it by more than one letter', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z0-9]{0,20}$/), (word) => {
      assert.ok(stemPorterNltk(word).length <= word.length + 1);
    }),
  );
});
