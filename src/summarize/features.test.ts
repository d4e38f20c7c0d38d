import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countCapitalised, endsAsQuestion, idfOf } from './features.js';

const byRegex = (text: string): number => (text.match(/\b\p{Lu}\p{Ll}+/gu) ?? []).length;

test('countCapitalised counts capitalised words as the regular expression does', () => {
  // "Dan", "Oxfam", "Mc": not "Donald" (no word boundary after "c"), "BBC" (no lower case) or "Écija"
  // (\b only knows ASCII word characters, so a space before "É" is no boundary).
  const sentence = 'Dan brown has topped Oxfam\'s list, said McDonald of the BBC in Écija.';
  assert.equal(countCapitalised(sentence), 3);
  assert.equal(byRegex(sentence), 3);
  assert.equal(countCapitalised('the oxfam charts; 4Th x_Ab'), 0);
});

test('property: countCapitalised agrees with /\\b\\p{Lu}\\p{Ll}+/gu on any text', () => {
  const letters = fc.constantFrom(...'aZbY _9.\'"-É\u00e9\u0130ß'.split(''));
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: letters, maxLength: 60 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
        fc.string({ unit: 'grapheme', maxLength: 60 }),
      ),
      (text) => assert.equal(countCapitalised(text), byRegex(text)),
    ),
    { numRuns: 2000 },
  );
});

test('property: endsAsQuestion agrees with /\\?["\'\u201d]*$/ on any text', () => {
  const QUESTION = /\?["'\u201d]*$/;
  const units = fc.constantFrom(...'a ?!."\'\u201d\u201c)'.split(''));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: units, maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 30 })), (text) =>
      assert.equal(endsAsQuestion(text), QUESTION.test(text)),
    ),
    { numRuns: 2000 },
  );
});

test('a stem named like an Object property ("constructor") is a word never seen, not NaN', () => {
  const background = { docs: 1000, df: { shot: 10 } };
  assert.equal(idfOf(background, 'constructor'), 1);
  assert.ok(idfOf(background, 'shot') < 1);
});
