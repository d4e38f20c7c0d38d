import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher } from '../ingest/fetch/index.js';
import { openPgliteStore } from '../store/index.js';
import { addInputs } from '../stream/index.js';
import { DEFAULT_QUIET_MS } from '../stream/index.js';
import { NewsbriefError } from '../errors.js';
import { createBriefPool, type BuildBrief } from './brief-pool.js';
import { processPass, type AssignerHolder } from './process-stream.js';
import { DEFAULT_BRIEF_RETRY_MS, rebuildBriefs } from '../stream/index.js';
import type { StreamContext, StreamEvent } from '../stream/index.js';

const WORDS = 'Rebels left the city of Aleppo on buses as the ceasefire held officials in Damascus said'.split(' ');

test('a brief past its time budget fails with a reason and a retry time, and the other stories are built', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-budget-'));
  const store = await openPgliteStore(join(dir, 'data'), { inMemory: true });
  const fetcher = createFetcher({});
  const pool = createBriefPool(1);
  // The pool's own budget is tested in brief-pool.test.ts; here a build of the long report runs out of it every time.
  const buildBrief: BuildBrief = (reports, options) =>
    reports.some((r) => r.text.length > 100_000)
      ? Promise.reject(new NewsbriefError('TIMEOUT', 'Cannot build the brief: expected it within 4 s, took longer'))
      : pool.build(reports, options);
  let clock = Date.parse('2016-12-15T10:00:00Z');
  const events: StreamEvent[] = [];
  const sleep = async (ms: number): Promise<void> => void (clock += ms);
  const context: StreamContext = { store, fetcher, hostGate: createHostGate({ now: () => clock, sleep }), now: () => new Date(clock), sleep, onEvent: (e) => events.push(e), buildBrief };
  try {
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += `${WORDS[(i * 7 + (i >> 4)) % WORDS.length]} `;
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, text);
    await addInputs(context, [huge]);
    await processPass(context, { assigner: null } satisfies AssignerHolder);
    await addInputs(context, [join(repoRoot(), 'examples', 'aleppo')]);
    await processPass(context, { assigner: null });
    const stories = await store.listStories();
    assert.equal(stories.length, 2);
    clock += DEFAULT_QUIET_MS;
    assert.equal(await rebuildBriefs(context), 2);
    const failed = events.filter((e) => e.kind === 'brief-failed');
    const built = events.filter((e) => e.kind === 'brief');
    assert.equal(failed.length, 1, JSON.stringify(failed));
    assert.equal(built.length, 1);
    const [failure] = failed;
    assert.ok(failure?.kind === 'brief-failed');
    assert.match(failure.message, /expected it within 4 s/);
    assert.equal(failure.retryAt, new Date(clock + DEFAULT_BRIEF_RETRY_MS).toISOString());
    const story = await store.getStory(failure.storyId);
    assert.equal(story?.briefFailures, 1);
    assert.equal(story?.latestVersion, 0);
    assert.ok(story !== null && story.revision > story.builtRevision, 'still stale: it is retried');
    // Not before its retry time; then again, with the wait doubled.
    assert.equal(await rebuildBriefs(context), 0);
    clock += DEFAULT_BRIEF_RETRY_MS;
    assert.equal(await rebuildBriefs(context), 1);
    const second = events.at(-1);
    assert.equal(second?.kind === 'brief-failed' ? second.retryAt : null, new Date(clock + 2 * DEFAULT_BRIEF_RETRY_MS).toISOString());
    // A budget it fits in builds it and clears the failures.
    clock += 2 * DEFAULT_BRIEF_RETRY_MS;
    let isFitting = true;
    assert.equal(await rebuildBriefs({ ...context, buildBrief: (reports, options) => (isFitting ? pool.build(reports, { ...options, budgetMs: 100_000 }) : buildBrief(reports, options)) }), 1);
    isFitting = false;
    const rebuilt = await store.getStory(failure.storyId);
    assert.deepEqual([rebuilt?.latestVersion, rebuilt?.briefFailures, rebuilt?.briefRetryAt], [1, 0, null]);
  } finally {
    await pool.close();
    await fetcher.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
