import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher } from '../ingest/fetch/index.js';
import { openPgliteStore } from '../store/index.js';
import { addInputs, assignPending, rebuildBriefs, type StreamContext } from '../stream/index.js';
import { createStoryCache } from './story-cache.js';

const root = repoRoot();
const SEEDS = join(root, 'examples', 'aleppo');
const PAGE = join(root, 'test', 'fixtures', 'html-jsonld-newsarticle', 'input.html');
const NOW = Date.parse('2016-12-15T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-story-cache-'));
const fetcher = createFetcher({ timeoutMs: 1_000 });
after(async () => {
  await fetcher.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a cached story kept current by the stream events reads the same as one loaded from the store afresh', { timeout: 120_000 }, async () => {
  const store = await openPgliteStore(dir, { inMemory: true });
  try {
    const cache = createStoryCache(store);
    const context: StreamContext = {
      store,
      fetcher,
      hostGate: createHostGate({ now: () => NOW, sleep: async () => undefined }),
      now: () => new Date(NOW),
      sleep: async () => undefined,
      onEvent: (event) => cache.onStreamEvent(event),
    };
    await addInputs(context, [join(SEEDS, '000_76b5fb938eb88dee.txt')]);
    await assignPending(context, { assigner: null });
    assert.equal(await cache.detail('s-9'), null, 'no such story');
    const first = JSON.parse((await cache.detail('s-1'))!) as { version: number | null; reports: unknown[] };
    assert.equal(first.version, null, 'no brief yet');
    assert.equal(first.reports.length, 1);

    // More reports (the rest of the seeds and an unrelated page), then the briefs: the cache only hears events.
    await addInputs(context, [SEEDS, PAGE]);
    const holder = { assigner: null };
    await assignPending(context, holder);
    await rebuildBriefs(context, { force: true });
    const kept = JSON.parse((await cache.detail('s-1'))!) as { version: number; reports: unknown[]; brief: { summary: unknown[] } };
    const fresh = JSON.parse((await createStoryCache(store).detail('s-1'))!) as unknown;
    assert.deepEqual(kept, fresh);
    assert.equal(kept.version, 1);
    assert.ok(kept.reports.length >= 4, `the seeds joined the story, got ${kept.reports.length} reports`);
    assert.ok(kept.brief.summary.length > 0);
  } finally {
    await store.close();
  }
});
