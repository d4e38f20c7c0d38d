import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { endsComplete } from './candidates.js';

const COMPLETE_END = /[.!?\u2026]["'\u201d\u2019)\]]*$/;

test('endsComplete: a sentence ends with its stop, closing quotes and brackets allowed after it', () => {
  assert.equal(endsComplete('The rebels withdrew.'), true);
  assert.equal(endsComplete('"We will not leave," he said.")'), true);
  assert.equal(endsComplete('the rebels have asked for'), false);
  assert.equal(endsComplete('")'), false);
});

test('property: endsComplete agrees with /[.!?…]["\'”’)\\]]*$/ on any text', () => {
  const units = fc.constantFrom(...'a .!?\u2026"\'\u201d\u2019)]'.split(''));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: units, maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (text) =>
      assert.equal(endsComplete(text), COMPLETE_END.test(text)),
    ),
    { numRuns: 2000 },
  );
});
