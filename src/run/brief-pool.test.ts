import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { brief } from '../brief/index.js';
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

test('a brief past its budget fails with TIMEOUT at once, and the next job runs on a fresh thread', { timeout: 60_000 }, async () => {
  const words = 'Rebels left the city of Aleppo on buses as the ceasefire held officials in Damascus said'.split(' ');
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += `${words[(i * 7) % words.length]} `;
  const seedReports = readdirSync(seeds)
    .sort()
    .map((name, i) => reportFromText({ id: `r${i + 1}`, text: readFileSync(join(seeds, name), 'utf8'), path: name }));
  const pool = createBriefPool(1, 500);
  try {
    const started = Date.now();
    const slow = pool.build([reportFromText({ id: 'long', text })]);
    const next = pool.build(seedReports, { maxWords: 80, budgetMs: 30_000 });
    await assert.rejects(slow, (error) => isNewsbriefError(error) && error.code === 'TIMEOUT' && /expected it within 0\.5 s/.test(error.message));
    assert.ok(Date.now() - started < 3_000, `failed after ${Date.now() - started} ms`);
    assert.ok((await next).summary.length > 0);
  } finally {
    await pool.close();
  }
});
