import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher, type Fetcher } from '../ingest/fetch/index.js';
import { openPgliteStore, type Store } from '../store/index.js';
import { addInputs } from './add-inputs.js';
import { assignPending, loadAssigner } from './assign-pending.js';
import type { StreamContext } from './stream-context.js';

const root = repoRoot();
/** The seeds plus three news pages from other stories (as in the crash test): 8 reports, several stories. */
const INPUTS = [
  join(root, 'examples', 'aleppo'),
  ...['html-jsonld-newsarticle', 'html-meta-tags-only', 'html-real-sciencealert-reuters-dateline'].map((name) => join(root, 'test', 'fixtures', name, 'input.html')),
];
const NOW = Date.parse('2016-12-15T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-assign-'));
const stores: Store[] = [];
let fetcher: Fetcher;

before(() => {
  fetcher = createFetcher({ timeoutMs: 1_000 });
});

after(async () => {
  await fetcher.close();
  for (const store of stores) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A store wrapped to count `recordAssignments` calls (= snapshot saves) and to fail the `failOnCall`-th, as a crash inside its transaction would. */
function counting(store: Store, failOnCall?: number): { readonly store: Store; readonly batches: number[]; readonly saves: boolean[] } {
  const batches: number[] = [];
  const saves: boolean[] = [];
  const wrapped: Store = {
    ...store,
    recordAssignments: async (assignments, state, now) => {
      if (batches.length + 1 === failOnCall) throw new Error('killed inside the transaction');
      const stories = await store.recordAssignments(assignments, state, now);
      batches.push(assignments.length);
      saves.push(state !== null);
      return stories;
    },
  };
  return { store: wrapped, batches, saves };
}

async function freshStore(): Promise<Store> {
  // Each store locks its own directory, even in memory.
  const store = await openPgliteStore(mkdtempSync(join(dir, 'store-')), { inMemory: true });
  stores.push(store);
  return store;
}

function contextFor(store: Store): StreamContext {
  return { store, fetcher, hostGate: createHostGate({ now: () => NOW, sleep: async () => undefined }), now: () => new Date(NOW), sleep: async () => undefined };
}

/** Stories as sorted lists of report paths, each with the near copy it links to, plus the counts and the assigner a restart resumes with. */
async function outcome(store: Store): Promise<unknown> {
  const stories: string[][] = [];
  for (const story of await store.listStories()) {
    stories.push((await store.storyReports(story.id)).map((r) => `${r.report.path ?? r.id} ~ ${r.nearDuplicateOf ?? '-'}`).sort());
  }
  return { stories: stories.sort((a, b) => a[0]!.localeCompare(b[0]!)), counts: await store.counts(), assigner: (await loadAssigner(contextFor(store))).snapshot() };
}

let reference: unknown;

test('all pending reports of one batch are assigned with a single snapshot save', async () => {
  const base = await freshStore();
  const context = contextFor(base);
  assert.equal((await addInputs(context, INPUTS)).stored, 8);
  const { store, batches } = counting(base);
  assert.equal(await assignPending({ ...context, store }, { assigner: null }), 8);
  assert.deepEqual(batches, [8], 'one transaction, one snapshot, for the 8 reports');
  reference = await outcome(base);
  assert.ok(((reference as { stories: unknown[] }).stories.length ?? 0) >= 3, 'the inputs make several stories');
});

test('a commit that fails mid-stream loses only its batch, and a restart from the last snapshot ends with the same stories', async () => {
  const base = await freshStore();
  const context = contextFor(base);
  await addInputs(context, INPUTS);
  const crashing = counting(base, 2);
  await assert.rejects(assignPending({ ...context, store: crashing.store }, { assigner: null }, undefined, 3), /killed inside the transaction/);
  assert.deepEqual(crashing.batches, [3]);
  const counts = await base.counts();
  assert.equal(counts.assigned, 3, 'the failed batch assigned none of its reports');
  assert.equal(counts.pending, 5);
  const restarted = counting(base);
  assert.equal(await assignPending({ ...context, store: restarted.store }, { assigner: null }, undefined, 3), 5);
  assert.deepEqual(restarted.batches, [3, 2]);
  assert.deepEqual(await outcome(base), reference, 'same stories, near copies and snapshot as one uninterrupted batch');
});

test('stopping between batches and resuming with a new assigner gives the same stories', async () => {
  const base = await freshStore();
  const context = contextFor(base);
  await addInputs(context, INPUTS);
  const stop = new AbortController();
  const first = counting(base);
  const stopping: StreamContext = { ...context, store: first.store, onEvent: (e) => e.kind === 'assigned' && stop.abort() };
  assert.equal(await assignPending(stopping, { assigner: null }, stop.signal, 2), 2, 'the stop came after the first batch committed');
  assert.equal((await base.counts()).pending, 6);
  assert.equal(await assignPending(context, { assigner: null }, undefined, 4), 6);
  assert.deepEqual(await outcome(base), reference);
});

test('the snapshot is saved with the first batch and then once SNAPSHOT_EVERY assignments are unsaved; a new assigner replays the rest', async () => {
  const base = await freshStore();
  const context = contextFor(base);
  await addInputs(context, INPUTS);
  const { store, batches, saves } = counting(base);
  assert.equal(await assignPending({ ...context, store }, { assigner: null }, undefined, 2, 4), 8);
  assert.deepEqual(batches, [2, 2, 2, 2]);
  assert.deepEqual(saves, [true, false, true, false]);
  assert.equal((await base.assignedAfterSnapshot()).length, 2, 'the last batch is replayed, not in the snapshot');
  assert.deepEqual(await outcome(base), reference, 'same stories, near copies and assigner as one batch with its snapshot');
});
