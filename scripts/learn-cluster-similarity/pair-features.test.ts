import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIdf } from '../../src/stream/cluster/idf.js';
import { reportTerms } from '../../src/stream/cluster/report-terms.js';
import { norm, weighTerms } from '../../src/stream/cluster/term-vector.js';
import { PAIR_FEATURE_NAMES, pairFeatures } from './pair-features.js';
import { absorbReport, emptyStory, MAX_MEMBERS } from './story-record.js';

const idf = createIdf();
const vectorOf = (text: string) => weighTerms(reportTerms(text), idf, 120);

// Real DUC 2003 sentences (d30003t, Öcalan) and an unrelated one (d30010t, Hurricane Mitch).
const OCALAN = 'Italy rejected Turkey\'s request to extradite Kurdish rebel leader Abdullah Ocalan, who was arrested in Rome.';
const OCALAN_2 = 'Turkey demanded that Rome hand over Ocalan, the Kurdish rebel leader held since his arrest at the airport.';
const MITCH = 'Hurricane Mitch killed thousands in Honduras and Nicaragua as floods swept away villages.';

test('a report scores higher on every overlap feature against its own story than against another', () => {
  const same = emptyStory(1);
  absorbReport(same, vectorOf(OCALAN), null, null, 200);
  const other = emptyStory(2);
  absorbReport(other, vectorOf(MITCH), null, null, 200);
  const report = { vector: vectorOf(OCALAN_2), dense: null, termCount: reportTerms(OCALAN_2).size };
  const f = (story: typeof same) => Object.fromEntries(PAIR_FEATURE_NAMES.map((n, k) => [n, pairFeatures(report, { ...story, norm: norm(story.centroid) }, 0, 0, idf)[k]]));
  const mine = f(same);
  const theirs = f(other);
  assert.equal(PAIR_FEATURE_NAMES.length, pairFeatures(report, { ...same, norm: 1 }, 0, 0, idf).length);
  for (const name of ['maxMemberCosine', 'topTermsShared', 'rareShared', 'maxSharedIdf'] as const) assert.ok((mine[name] ?? 0) > (theirs[name] ?? 0), name);
  assert.equal(mine.denseCosine, 0, 'no dense vector on either side gives 0');
});

test('a story keeps only its first MAX_MEMBERS members however many reports join', () => {
  const story = emptyStory(1);
  for (let i = 0; i < MAX_MEMBERS + 3; i += 1) absorbReport(story, vectorOf(i % 2 === 0 ? OCALAN : OCALAN_2), null, null, 200);
  assert.equal(story.members.length, MAX_MEMBERS);
  assert.equal(story.size, MAX_MEMBERS + 3);
});
