import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher } from '../ingest/fetch/index.js';
import { openPgliteStore, openStorePort } from '../store/index.js';
import { addInputs } from '../stream/index.js';
import { assignPending } from '../stream/index.js';
import { createAssignThread } from './assign-thread.js';
import type { StreamContext, StreamEvent } from '../stream/index.js';

const SEEDS = join(repoRoot(), 'examples', 'aleppo');
const seeds = readdirSync(SEEDS).sort().map((name) => join(SEEDS, name));
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-assign-thread-'));
const fetcher = createFetcher({ timeoutMs: 1_000 });
after(async () => {
  await fetcher.close();
  rmSync(dir, { recursive: true, force: true });
});

function contextOf(store: StreamContext['store'], events: StreamEvent[]): StreamContext {
  const now = Date.parse('2016-12-15T10:00:00Z');
  return { store, fetcher, hostGate: createHostGate({ now: () => now, sleep: async () => undefined }), now: () => new Date(now), sleep: async () => undefined, onEvent: (e) => events.push(e) };
}

test('assignment on its own thread lands every report where assignment here does, and its events arrive here after the commit', { timeout: 120_000 }, async () => {
  // The same reports assigned on this thread, in memory, as the reference.
  const hereEvents: StreamEvent[] = [];
  const here = await openPgliteStore(join(dir, 'here'), { inMemory: true });
  try {
    const context = contextOf(here, hereEvents);
    await addInputs(context, seeds);
    assert.equal(await assignPending(context, { assigner: null }), seeds.length);
  } finally {
    await here.close();
  }

  const events: StreamEvent[] = [];
  const store = await openPgliteStore(join(dir, 'thread'), { inMemory: true, inWorker: true });
  const context = contextOf(store, events);
  const thread = createAssignThread(context, () => openStorePort(store)!);
  try {
    await addInputs(context, seeds.slice(0, 2));
    assert.equal(await thread.assign(), 2);
    await addInputs(context, seeds.slice(2));
    assert.equal(await thread.assign(), seeds.length - 2, 'the assigner stayed on the thread between passes');
    assert.equal(await thread.assign(), 0);
    const assigned = (list: StreamEvent[]): string[] => list.flatMap((e) => (e.kind === 'assigned' ? [`${e.id}->${e.storyId}`] : []));
    assert.deepEqual(assigned(events), assigned(hereEvents));
    for (const e of events) {
      if (e.kind !== 'assigned') continue;
      assert.equal(e.report?.storyId, e.storyId, 'the event carries the stored report');
      assert.equal((await store.getReport(e.id))?.storyId, e.storyId, 'committed before the event');
    }
  } finally {
    await thread.close();
    await store.close();
  }
});
