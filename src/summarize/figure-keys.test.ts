import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { figureKeysOf } from './figure-keys.js';

test('the same figure written two ways gives the same key (sentences from the Aleppo seeds)', () => {
  const a = 'Syrian government forces on Sunday retook six major rebel-held areas in Aleppo causing more than 10,000 civilians to flee the violence-struck region as the forces pressed for an offensive.';
  const b = 'According to the Observatory, around 10,000 civilians fled the eastern region of Aleppo on Saturday night after the government forces launched its offensive against the rebels.';
  assert.deepEqual(figureKeysOf(a), ['10000 civilian']);
  assert.deepEqual(figureKeysOf(b), ['10000 civilian']);
  assert.deepEqual(figureKeysOf('Government forces hold 70% of the east.'), ['70 percent']);
  assert.deepEqual(figureKeysOf('They hold 70 percent of the east.'), ['70 percent']);
});

test('what is counted tells figures apart, and dates are not figures', () => {
  assert.deepEqual(figureKeysOf('At least 225 civilians, including 27 children, have been killed since November 15.'), ['225 civilian', '27 children']);
  assert.deepEqual(figureKeysOf('The uprising began in 2011 and the siege on Nov. 15 2016.'), []);
  assert.deepEqual(figureKeysOf('About 2,000 civilians fled in 2000.'), ['2000 civilian']);
  assert.deepEqual(figureKeysOf('Microsoft is paying $2.5 billion to acquire Mojang.'), ['2.5 billion']);
  assert.deepEqual(figureKeysOf('Rebels withdrew from the last six neighbourhoods.'), []);
  // A time and an ordinal name no counted thing.
  assert.deepEqual(figureKeysOf('It ended at 11.50pm on the 3rd day.'), []);
});

test('figureKeysOf never throws and every key is a number and a word', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      for (const key of figureKeysOf(text)) assert.match(key, /^\d+(?:\.\d+)? \S+$/u);
    }),
  );
});
