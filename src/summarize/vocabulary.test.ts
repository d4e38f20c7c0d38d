import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isStopWord, tokenize } from '../text/index.js';
import { encodeWords, resetVocabularyIfFull, stemIdOf, stemOf, vocabularyGeneration, vocabularySize } from './vocabulary.js';

const decode = (text: string): { stems: string[]; stops: boolean[] } => {
  const { stemIds, isStop } = encodeWords(text);
  return { stems: Array.from(stemIds, stemOf), stops: Array.from(isStop, (s) => s === 1) };
};

test('encodeWords gives the tokens, stems and stop words of tokenize', () => {
  const text = 'The Syrian Observatory said 413 civilians were killed; the observatory\'s count rose. THE Rebels';
  const tokens = tokenize(text);
  assert.deepEqual(decode(text), { stems: tokens.map((t) => t.stem), stops: tokens.map((t) => isStopWord(t.norm)) });
  // Case variants share one stem id.
  const [a, b] = [encodeWords('Observatory').stemIds[0], encodeWords('observatory').stemIds[0]];
  assert.equal(a, b);
});

test('property: encodeWords agrees with tokenize on any text', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
      const tokens = tokenize(text);
      assert.deepEqual(decode(text), { stems: tokens.map((t) => t.stem), stops: tokens.map((t) => isStopWord(t.norm)) });
    }),
  );
});

test('the vocabulary starts again only when full, and says so through its generation', () => {
  stemIdOf('aleppo');
  const before = vocabularyGeneration();
  assert.equal(resetVocabularyIfFull(vocabularySize() + 1), false);
  assert.equal(vocabularyGeneration(), before);
  assert.equal(resetVocabularyIfFull(1), true);
  assert.equal(vocabularyGeneration(), before + 1);
  assert.equal(vocabularySize(), 0);
  assert.throws(() => stemOf(0), RangeError);
  // After a reset the same words get working ids again.
  assert.equal(decode('Aleppo rebels').stems.join(' '), 'aleppo rebel');
});

test('encodeWords keeps every word apart as its table grows past its first size', () => {
  // 40,000 distinct words (the table starts at 16,384 slots, half full at most), each asked twice.
  const words = Array.from({ length: 40_000 }, (_, i) => `Word${i.toString(36)}ing`);
  const text = words.join(' ');
  const expected = tokenize(text).map((t) => t.stem);
  assert.deepEqual(decode(text).stems, expected);
  assert.deepEqual(decode(words.slice().reverse().join(' ')).stems, expected.slice().reverse());
});

test('encoded arrays of successive texts do not overlap, across slabs and for texts longer than a slab quarter', () => {
  const texts = Array.from({ length: 3000 }, (_, i) => `Word${i} and the rebels of Aleppo${i % 7} ${'x '.repeat(i % 13)}`);
  texts.push('long '.repeat(5000));
  const encoded = texts.map((text) => encodeWords(text));
  texts.forEach((text, i) => {
    assert.deepEqual(Array.from(encoded[i]!.stemIds, stemOf), tokenize(text).map((t) => t.stem));
    assert.deepEqual(Array.from(encoded[i]!.isStop, (s) => s === 1), tokenize(text).map((t) => isStopWord(t.norm)));
  });
});
