import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JOIN_FEATURE_NAMES, joinFeatures, streamIdf, viewReport, type StoryFrequencies } from './join-features.js';
import { joinProbability, parseJoinModel, SHIPPED_JOIN_MODEL } from './join-model.js';

// Ten held stories: every one holds "shoot", one holds the park's name, three hold "oceansid".
const held = new Map([['shoot', 10], ['^libby_lake_park', 1], ['oceansid', 3]]);
const frequencies: StoryFrequencies = { stories: 10, of: (term) => held.get(term) ?? 0 };

test('a word every held story has weighs less than a name one story has', () => {
  assert.ok(streamIdf(10, 10) < streamIdf(3, 10) && streamIdf(3, 10) < streamIdf(1, 10));
  assert.equal(streamIdf(10, 10), 1);
});

test('the features count shared names and story-unique terms, the day gap and the size', () => {
  const report = viewReport(new Map([['shoot', 0.6], ['^libby_lake_park', 0.64], ['oceansid', 0.48]]), 15_900, frequencies, () => true);
  const story = { centroid: new Map([['shoot', 2], ['^libby_lake_park', 1], ['funer', 1]]), size: 3, lastDay: 15_800 };
  const f = joinFeatures(report, story, Math.sqrt(6), 0.5);
  const named = Object.fromEntries(JOIN_FEATURE_NAMES.map((n, k) => [n, f[k]]));
  assert.equal(named.cosine, 0.5);
  assert.equal(named.uniqueShared, Math.log(2));
  assert.equal(named.namesShared, Math.log(2));
  assert.equal(named.lnDayGap, Math.log(101));
  assert.equal(named.lnSize, Math.log(3));
  // Reweighing favours the story sharing the name over one sharing only the common word, which the
  // plain cosine nearly ties (0.64 against 0.6).
  const sharesWord = joinFeatures(report, { centroid: new Map([['shoot', 1]]), size: 1, lastDay: 15_800 }, 1, 0.6)[1] ?? 0;
  const sharesName = joinFeatures(report, { centroid: new Map([['^libby_lake_park', 1]]), size: 1, lastDay: 15_800 }, 1, 0.64)[1] ?? 0;
  assert.ok(sharesName > 2 * sharesWord, `${sharesName} > 2 x ${sharesWord}`);
});

test('an undated report or story has no day gap', () => {
  const report = viewReport(new Map([['shoot', 1]]), null, frequencies, () => true);
  assert.equal(joinFeatures(report, { centroid: new Map([['shoot', 1]]), size: 1, lastDay: 15_000 }, 1, 1)[4], 0);
});

test('the shipped model: a longer gap with the same words makes a join less likely', () => {
  const near = [0.4, 0.4, Math.log(3), Math.log(2), Math.log(3), 0];
  const far = [...near.slice(0, 4), Math.log(300), 0];
  assert.ok(joinProbability(near, SHIPPED_JOIN_MODEL) > joinProbability(far, SHIPPED_JOIN_MODEL));
});

test('a model fitted on other features is refused, naming them', () => {
  assert.throws(() => parseJoinModel({ features: ['cosine'], weights: [1], bias: 0, threshold: 0.5 }), /expected features cosine, streamCosine/);
});
