import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../../test/repo-root.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher, type Fetcher } from '../ingest/fetch/index.js';
import { openPgliteStore, type Store } from '../store/index.js';
import { addInputs } from '../stream/index.js';
import { processPass, type AssignerHolder } from './process-stream.js';
import type { StreamContext } from '../stream/index.js';
import type { VersionChanges } from '../stream/index.js';

// DUC 2004 d31022t (../shared/data/duc2004.jsonl): three AP versions of one wire report on the Goteborg
// dance-hall fire, documents 1, 3 and 4 (first six sentences each): 60 dead and about 180 injured, then 65
// and 157, then 60 and 162 ("Police earlier had reported 65 dead, but backed off that figure").
const fixture = join(REPO_ROOT, 'test', 'fixtures', 'wire-updates-goteborg-fire');
const file = (name: string): string => join(fixture, name);
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-wire-'));
let clock = Date.parse('1998-10-30T12:00:00Z');
let store: Store;
let fetcher: Fetcher;
let context: StreamContext;
const holder: AssignerHolder = { assigner: null };

before(async () => {
  store = await openPgliteStore(dir, { inMemory: true });
  fetcher = createFetcher({ timeoutMs: 1_000 });
  const now = (): Date => new Date(clock);
  const sleep = async (ms: number): Promise<void> => void (clock += ms);
  context = { store, fetcher, hostGate: createHostGate({ now: () => clock, sleep }), now, sleep };
});

after(async () => {
  await fetcher.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function addAndBuild(names: readonly string[]): Promise<void> {
  await addInputs(context, names.map(file));
  clock += 1_000;
  await processPass(context, holder, { force: true });
}

test("a story of untitled reports is called by a cut of its brief's lead sentence, an exact span of its report", async () => {
  await addAndBuild(['1-first-version.txt']);
  const [story] = await store.listStories();
  assert.ok(story !== undefined && story.headline !== null);
  assert.equal(story.title, null);
  const { text, kind, report, start, end } = story.headline;
  assert.equal(kind, 'lead');
  assert.equal(text, 'A fire turned a dance hall jammed with teen-age Halloween revelers into a deathtrap');
  assert.equal((await store.getReport(report))?.report.text.slice(start!, end!), text);
  assert.equal(readFileSync(file('1-first-version.txt'), 'utf8').slice(start!, end!), text);
});

interface StoredBrief {
  readonly reports: readonly { readonly id: string }[];
  readonly summary: readonly { readonly text: string }[];
  readonly figures: readonly { readonly claims: readonly { readonly text: string; readonly report: string }[] }[];
}

test("a wire report's updates are linked to it as one source, and the brief reads the last version's figures, not the first one's", async () => {
  // Already stored and briefed: the first version. Then the update with the higher toll, then the correction.
  await addAndBuild(['2-updated-toll.txt']);
  await addAndBuild(['3-corrected-toll.txt']);
  const [story, ...others] = await store.listStories();
  assert.equal(others.length, 0, 'one story');
  assert.deepEqual([story?.reportCount, story?.independentCount], [3, 1]);
  const reports = await store.storyReports(story!.id);
  const [first, updated, corrected] = reports.map((r) => r.id);
  assert.equal(reports.find((r) => r.id === updated)?.nearDuplicateOf, first);
  assert.ok([first, updated].includes(reports.find((r) => r.id === corrected)?.nearDuplicateOf ?? ''), 'the correction is a copy of an earlier version');

  const version = await store.storyVersion(story!.id);
  const brief = version!.brief as StoredBrief;
  assert.deepEqual(brief.reports.map((r) => r.id), [corrected]);
  const claims = brief.figures.flatMap((g) => g.claims.map((c) => c.text));
  assert.ok(claims.some((c) => c.startsWith('162')), `the correction's injured count: ${claims.join(', ')}`);
  assert.ok(!claims.some((c) => /180|157/.test(c)), `no superseded count: ${claims.join(', ')}`);
  const summary = brief.summary.map((s) => s.text).join(' ');
  assert.doesNotMatch(summary, /at least 60 people and injuring about 180|killing 65 people and injuring 157/);
  assert.ok(((version!.changes as VersionChanges).isBriefRebuilt), 'an update rebuilds the brief');
});
