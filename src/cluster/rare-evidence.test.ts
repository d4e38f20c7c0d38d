import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIdf } from './idf.js';
import { countShared, DEFAULT_RARE_IDF, rareTerms } from './rare-evidence.js';
import { reportTerms } from './report-terms.js';
import { weighTerms } from './term-vector.js';

const idf = createIdf();
const vector = (text: string) => weighTerms(reportTerms(text), idf, 120);

test('rare terms are the names and places of a report, not its common words', () => {
  const rare = rareTerms(vector('Turkish troops massed on the Syrian border as Ocalan fled Damascus for Rome, officials said on Tuesday.'), idf, DEFAULT_RARE_IDF);
  assert.ok(rare.includes('ocalan'), rare.join(' '));
  for (const common of ['troop', 'border', 'offici', 'tuesday']) assert.ok(!rare.includes(common), common);
});

test('countShared counts the rare terms a story centroid holds', () => {
  const story = vector('Kurdish rebel leader Abdullah Ocalan was detained in Rome; Ankara asked Italy to extradite the PKK chief.');
  const report = rareTerms(vector('Italy weighs Ankara request to extradite Ocalan, the PKK leader held in Rome.'), idf, DEFAULT_RARE_IDF);
  assert.deepEqual(report, ['ocalan', 'pkk', 'ankara', 'extradit']);
  assert.equal(countShared(report, story), 4);
  assert.equal(countShared(['ocalan', 'yilmaz'], story), 1);
  assert.equal(countShared(report, new Map()), 0);
});
