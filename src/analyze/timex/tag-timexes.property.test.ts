import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { tagTimexes } from './tag-timexes.js';

/** Strings built from date-like pieces, so the rules actually fire; plus fully arbitrary strings. */
const PIECES = [
  'on Tuesday', 'Dec. 6, 2016', 'last week', 'the third quarter', ' ', ', ', '. ', '\n', '1998', '12.53%', 'a year earlier',
  'the past 24 hours', 'every day', 'now', 'late November', '10 p.m.', 'that year', 'Friday night', '$1990', 'the 1980s',
  'two-year', 'yesterday', 'May', 'Jan.', '31', 'mid-', 'the end of', 'recent', 'years', 'Easter',
];
const datey = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 120, unit: 'binary' }), datey);
const refDate = fc.oneof(fc.constant(null), fc.constant('2016-12-15'), fc.string({ maxLength: 12 }),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

test('tagTimexes never throws on any string and any reference date', () => {
  fc.assert(fc.property(anyText, refDate, (text, ref) => {
    tagTimexes(text, ref);
  }), { numRuns: 400 });
});

test('every timex satisfies text.slice(start, end) === timex.text', () => {
  fc.assert(fc.property(anyText, refDate, (text, ref) => {
    for (const t of tagTimexes(text, ref)) {
      assert.ok(t.start >= 0 && t.start < t.end && t.end <= text.length);
      assert.equal(text.slice(t.start, t.end), t.text);
    }
  }), { numRuns: 400 });
});

test('timex spans are in order and never overlap', () => {
  fc.assert(fc.property(anyText, refDate, (text, ref) => {
    const found = tagTimexes(text, ref);
    for (let i = 1; i < found.length; i += 1) {
      assert.ok((found[i - 1]?.end ?? 0) <= (found[i]?.start ?? 0), JSON.stringify(found));
    }
  }), { numRuns: 400 });
});

test('isResolved is false exactly when the value has an X or is a *_REF', () => {
  fc.assert(fc.property(datey, refDate, (text, ref) => {
    for (const t of tagTimexes(text, ref)) {
      assert.equal(t.isResolved, !t.value.includes('X') && !t.value.endsWith('_REF'));
    }
  }), { numRuns: 200 });
});
