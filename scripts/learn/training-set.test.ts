import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTrainingCluster, sentenceTargets, summaryRatesFrom } from './training-set.js';

// One report of one candidate sentence (8-80 words, ending as sentences do), so the target is that sentence's.
const SENTENCE = 'The river flooded the old town after three days of heavy rain in the valley.';

function targetFor(reference: string, bigramWeight: number): number {
  const cluster = buildTrainingCluster({ id: 't', documents: [SENTENCE], summaries: [reference] });
  assert.ok(cluster, 'the sentence is a candidate');
  assert.equal(cluster.candidates.length, 1);
  return sentenceTargets(cluster, bigramWeight)[0]!;
}

test('a sentence copied whole into the reference scores 1 on words and on bigrams', () => {
  assert.equal(targetFor(SENTENCE, 0), 1);
  assert.equal(targetFor(SENTENCE, 0.5), 1);
  assert.equal(targetFor(SENTENCE, 1), 1);
});

test('the same words in another order keep the word share but lose bigrams, and the weight mixes the two', () => {
  const shuffled = 'Valley the in rain heavy of days three after town old the flooded river the.';
  const words = targetFor(shuffled, 0);
  const bigrams = targetFor(shuffled, 1);
  assert.equal(words, 1);
  assert.ok(bigrams < 0.2, `bigram share ${bigrams}`);
  assert.ok(Math.abs(targetFor(shuffled, 0.5) - (words + bigrams) / 2) < 1e-12);
});

test('a reference sharing nothing scores 0', () => {
  assert.equal(targetFor('Markets closed higher on Friday.', 0.5), 0);
});

test('summary rates: the share of clusters with a stem in their documents that have it in their summary, smoothed toward the base rate', () => {
  // "said" is in every cluster's documents and no summary; "flood" in every one of both; "quake" in too few clusters to keep.
  const clusters = Array.from({ length: 6 }, (_, i) => ({
    documents: [`Officials said the flood rose on day ${i}.${i === 0 ? ' A quake hit.' : ''}`],
    summaries: [`The flood rose.`],
  }));
  const { base, rate } = summaryRatesFrom(clusters, 5);
  // Stems in documents per cluster: offici, said, the, flood, rose, on, day, and the number (cluster 0 adds a, quak, hit).
  assert.ok(base > 0 && base < 1);
  assert.equal(rate.said, Number(((0 + 2 * base) / (6 + 2)).toPrecision(3)));
  assert.equal(rate.flood, Number(((6 + 2 * base) / (6 + 2)).toPrecision(3)));
  assert.ok(rate.flood! > 0.75 && rate.said! < 0.1);
  assert.equal(rate.quak, undefined);
});
