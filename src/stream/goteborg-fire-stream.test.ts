import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../../test/repo-root.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher, type Fetcher } from '../ingest/fetch/index.js';
import { openPgliteStore, type Store } from '../store/index.js';
import { addInputs } from './add-inputs.js';
import { processPass, type AssignerHolder } from './process-stream.js';
import type { StreamContext } from './stream-context.js';

// DUC 2004 d31022t (../shared/data/duc2004.jsonl): three AP versions of one wire report on the Goteborg
// dance-hall fire (documents 1, 3, 4, first six sentences) and another report (document 7, first four).
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
