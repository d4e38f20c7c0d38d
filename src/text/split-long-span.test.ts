import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from './sentences.js';
import { MAX_SENTENCE_CHARS, splitLongSpan } from './split-long-span.js';

const WORDS = 'Rebels left the city of Aleppo on buses as the ceasefire held officials in Damascus said'.split(' ');

/** Unpunctuated text, as a client can send it: words picked in a fixed order, no sentence end anywhere. */
function unpunctuated(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${WORDS[(i * 7) % WORDS.length]} `;
  return text.slice(0, chars).trimEnd();
}

test('a sentence up to the limit is one span, as it was', () => {
  const text = unpunctuated(MAX_SENTENCE_CHARS);
  assert.deepEqual(splitSentences(text), [{ start: 0, end: text.length }]);
});

test('a sentence past the limit comes as pieces of at most the limit that rebuild it, cut between words', () => {
  const text = unpunctuated(25_000);
  const pieces = splitSentences(text);
  assert.ok(pieces.length >= 7 && pieces.length <= 13, `${pieces.length} pieces`);
  let at = 0;
  for (const p of pieces) {
    assert.ok(p.end - p.start <= MAX_SENTENCE_CHARS);
    assert.match(text.slice(at, p.start), /^\s*$/);
    assert.notEqual(text[p.start - 1] ?? ' ', 'x');
    assert.match(text[p.start - 1] ?? ' ', /\s/, 'a piece starts at a word');
    assert.match(text[p.end] ?? ' ', /\s/, 'a piece ends at a word');
    at = p.end;
  }
  assert.equal(at, text.length);
});

test('a cut prefers a clause mark in the last half of a piece', () => {
  const clause = `${unpunctuated(3_000)}, ${unpunctuated(3_000)}`;
  const [first] = splitLongSpan(clause, { start: 0, end: clause.length });
  assert.equal(clause.slice(first!.end - 1, first!.end), ',');
});

test('one endless word is cut at the limit, never inside a surrogate pair', () => {
  const word = '\u{1F600}'.repeat(5_000);
  const pieces = splitLongSpan(word, { start: 0, end: word.length }, 4_001);
  for (const p of pieces) assert.ok(!/^[\uDC00-\uDFFF]/.test(word.slice(p.start)) && p.end - p.start <= 4_001);
  assert.equal(pieces.map((p) => word.slice(p.start, p.end)).join(''), word);
});

test('the pieces of any long span are within the limit and rebuild it with the whitespace between them', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '\n', '\u{1F600}', 'é'), minLength: 1, maxLength: 400 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
      const pieces = splitLongSpan(text, { start: 0, end: text.length }, max);
      let at = 0;
      for (const p of pieces) {
        assert.ok(p.end > p.start && p.end - p.start <= max);
        assert.match(text.slice(at, p.start), /^\s*$/u);
        at = p.end;
      }
      assert.match(text.slice(at), /^\s*$/u);
    }),
  );
});
