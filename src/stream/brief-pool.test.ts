import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { brief } from '../brief.js';
import { isNewsbriefError } from '../errors.js';
import { reportFromText } from '../ingest/index.js';
import { createBriefPool } from './brief-pool.js';

const seeds = join(repoRoot(), 'examples', 'aleppo');

test('a worker builds the same brief as this thread, and bad input is still a NewsbriefError', { timeout: 60_000 }, async () => {
  const reports = readdirSync(seeds)
    .sort()
    .map((name, i) => reportFromText({ id: `r${i + 1}`, text: readFileSync(join(seeds, name), 'utf8'), path: name }));
  const pool = createBriefPool(1);
  try {
    const [remote, local] = await Promise.all([pool.build(reports, { maxWords: 80 }), brief(reports, { maxWords: 80 })]);
    assert.deepEqual(remote, local);
    await assert.rejects(pool.build([]), (error) => isNewsbriefError(error) && error.code === 'NO_REPORTS');
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.build(reports), /closed/);
});
