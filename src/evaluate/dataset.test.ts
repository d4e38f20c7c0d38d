import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDataset } from '../ingest/index.js';
import { parseDatasetJsonl, parsePredictionsJsonl, referencesOf } from './dataset.js';

const DUC_LINE = JSON.stringify({ id: 'd30001t', documents: ['Hun Sen won the vote.', 'The opposition walked out.'], summaries: ['Hun Sen won.', 'A vote was held.'] });

test('a documents cluster keeps its texts and its references', () => {
  assert.deepEqual(parseDatasetJsonl(`${DUC_LINE}\n`, 'duc.jsonl'), [
    { id: 'd30001t', documents: ['Hun Sen won the vote.', 'The opposition walked out.'], summaries: ['Hun Sen won.', 'A vote was held.'] },
  ]);
});

test('a reports cluster (the gva-dev shape) is read as its texts, and a single "summary" is one reference', () => {
  const line = JSON.stringify({ id: 7, reports: [{ id: 'a', text: 'Two men were shot.', date: '2016-03-01' }, { id: 'b', text: 'Police arrested a suspect.' }], summary: 'Two men were shot; one was arrested.' });
  assert.deepEqual(parseDatasetJsonl(line), [{ id: '7', documents: ['Two men were shot.', 'Police arrested a suspect.'], summaries: ['Two men were shot; one was arrested.'] }]);
});

test('the scorer refuses a malformed line with the same message as every other dataset reader', () => {
  const bad = `${DUC_LINE}\n{"id": "x", "documents": "not a list"}\n`;
  const fromIngest = (() => {
    try {
      parseDataset(bad, 'd.jsonl');
    } catch (e) {
      return (e as Error).message;
    }
    return null;
  })();
  assert.notEqual(fromIngest, null);
  assert.throws(() => parseDatasetJsonl(bad, 'd.jsonl'), (e: Error) => e.message === fromIngest && e.message.startsWith("d.jsonl:2: "));
});

test('a cluster without references is refused by name, since there is nothing to score against', () => {
  const line = JSON.stringify({ id: 'c1', documents: ['Some text here.'] });
  assert.throws(() => parseDatasetJsonl(line, 'none.jsonl'), { code: 'BAD_JSONL', message: 'none.jsonl: cluster "c1" has no "summaries": expected human references to score against' });
  assert.throws(() => referencesOf({ id: 'c2', summaries: [] }, 'f'), /cluster "c2" has no "summaries"/);
});

test('predictions map each id to its summary, a later line winning', () => {
  const text = '{"id": "a", "summary": "one"}\n{"id": 2, "summary": ["x", "y"]}\n{"id": "a", "summary": "two"}\n';
  assert.deepEqual([...parsePredictionsJsonl(text)], [['a', 'two'], ['2', ['x', 'y']]]);
});
