import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { endsComplete, endsOnEllipsis } from './candidates.js';

const COMPLETE_END = /[.!?\u2026]["'\u201d\u2019)\]]*$/;

test('endsComplete: a sentence ends with its stop, closing quotes and brackets allowed after it', () => {
  assert.equal(endsComplete('The rebels withdrew.'), true);
  assert.equal(endsComplete('"We will not leave," he said.")'), true);
  assert.equal(endsComplete('the rebels have asked for'), false);
  assert.equal(endsComplete('")'), false);
});

/** A hand-written end check agrees with the end-anchored pattern it replaces, on texts of `alphabet` and on any text. */
function agreesWithPattern(check: (text: string) => boolean, pattern: RegExp, alphabet: string, numRuns: number): void {
  const units = fc.constantFrom(...alphabet.split(''));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: units, maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (text) =>
      assert.equal(check(text), pattern.test(text)),
    ),
    { numRuns },
  );
}

test('property: endsComplete agrees with /[.!?…]["\'”’)\\]]*$/ on any text', () => {
  agreesWithPattern(endsComplete, COMPLETE_END, 'a .!?\u2026"\'\u201d\u2019)]', 2000);
});

const ELLIPSIS_END = /(?:\.\s*\.\s*\.|\u2026)["'\u201d\u2019)\]]*$/;

test('endsOnEllipsis: three periods (spaced or not) or an ellipsis character, closers allowed after it', () => {
  assert.equal(endsOnEllipsis('know how they are ...'), true);
  assert.equal(endsOnEllipsis('know how they are . . .")'), true);
  assert.equal(endsOnEllipsis('and then\u2026\u201d'), true);
  assert.equal(endsOnEllipsis('The rebels withdrew.'), false);
  assert.equal(endsOnEllipsis('..'), false);
});

test('property: endsOnEllipsis agrees with /(?:\\.\\s*\\.\\s*\\.|…)["\'”’)\\]]*$/ on any text', () => {
  agreesWithPattern(endsOnEllipsis, ELLIPSIS_END, 'a ..\t\u00a0\u2026"\'\u201d\u2019)]', 3000);
});
