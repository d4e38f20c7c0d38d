import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { furnitureHash, furnitureSpans, hashSentence, isFurnitureSentence, MIN_FURNITURE_WORDS, normaliseSentence, stripFurniture } from './furniture-sentences.js';

// Real Multi-News dev documents: a Wayback crawl notice ahead of the article, and a Twitter prompt.
const CRAWL = 'These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.';
const ARTICLE = 'Guardian editor alan rusbridger has said that any intrusion must be authorised at a sufficiently senior level.';

test('a crawl notice learned from the train sample is furniture, in any case and spacing', () => {
  assert.equal(isFurnitureSentence(CRAWL), true);
  assert.equal(isFurnitureSentence(CRAWL.toUpperCase().replace(/ /g, '  ')), true);
  assert.equal(isFurnitureSentence('Tweet with a location you can add location information to your tweets, such as your city or precise location, from the web and via third-party applications.'), true);
});

test('an article sentence and a short common phrase are not furniture', () => {
  assert.equal(isFurnitureSentence(ARTICLE), false);
  assert.equal(isFurnitureSentence('Please try again.'), false);
});

test('stripping removes the notice and keeps the article', () => {
  assert.equal(stripFurniture(`${CRAWL} ${ARTICLE}`), ARTICLE);
  assert.equal(stripFurniture(ARTICLE), ARTICLE);
});

test('stripping never throws and never adds words', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
      assert.ok(words(stripFurniture(text)) <= words(text));
    }),
  );
});

test('furnitureSpans finds a crawl notice inside a flattened line, exact and trimmed', () => {
  const text = `${ARTICLE} ${CRAWL}  The article goes on.`;
  const spans = furnitureSpans(text);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), [CRAWL]);
  assert.deepEqual(furnitureSpans(ARTICLE), []);
});

test('property: the scanning hash equals hashing the normalised sentence, on any text', () => {
  const slow = (s: string): number | null => {
    const normal = normaliseSentence(s);
    return normal.split(' ').length < MIN_FURNITURE_WORDS ? null : hashSentence(normal);
  };
  const units = fc.constantFrom(...'aB9 .,\'"-_\t'.split(''));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: units, maxLength: 40 }), fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (s) =>
      assert.equal(furnitureHash(s), slow(s)),
    ),
    { numRuns: 3000 },
  );
  assert.equal(furnitureHash(CRAWL), slow(CRAWL));
});
