import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countWords, stemWord, tokenize } from './tokens.js';

test('tokens are lower-cased, stemmed words with offsets into the text', () => {
  const text = "Al-Assad's forces retook 70 percent.";
  assert.deepEqual(
    tokenize(text).map((t) => [text.slice(t.start, t.end), t.norm, t.stem]),
    [
      ['Al', 'al', 'al'],
      ['Assad', 'assad', 'assad'],
      ['s', 's', 's'],
      ['forces', 'forces', 'forc'],
      ['retook', 'retook', 'retook'],
      ['70', '70', '70'],
      ['percent', 'percent', 'percent'],
    ],
  );
});

test('words of three letters or fewer are not stemmed, as in ROUGE', () => {
  assert.equal(stemWord('was'), 'was');
  assert.equal(stemWord('civilians'), 'civilian');
});

test('every token is its slice of the input, and tokenizing never throws', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end).toLowerCase(), token.norm);
    }),
  );
});

test('countWords agrees with a whitespace split', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      assert.equal(countWords(text), text.split(/[ \t\n\r\f\v\u00a0]+/).filter((w) => w !== '').length);
    }),
  );
});
