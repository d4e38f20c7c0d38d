import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEEDS_DIR } from '../test/repo-root.js';
import * as library from './index.js';

test('the library exports exactly its documented surface', () => {
  assert.deepEqual(Object.keys(library).sort(), [
    'NewsbriefError',
    'brief',
    'isNewsbriefError',
    'readReports',
    'reportFromHtml',
    'reportFromText',
    'resolveDate',
    'summarizeDocuments',
    'tagTimexes',
  ]);
});

test('the library call reads the seeds and returns a brief as plain data', async () => {
  const reports = await library.readReports([SEEDS_DIR]);
  const result = await library.brief(reports, { maxWords: 100 });
  assert.equal(result.reports.length, 5);
  assert.ok(result.words > 50 && result.words <= 100);
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
});
