import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../../test/repo-root.js';
import { createHostGate } from '../ingest/feed/index.js';
import { createFetcher, type Fetcher } from '../ingest/fetch/index.js';
import { openPgliteStore, type Store } from '../store/index.js';
import { processPass } from './process-stream.js';

// Nine DUC 2004 reports on three topics (Gaza airport, Jerusalem market bomb, Microsoft antitrust), untitled.
const input = join(REPO_ROOT, 'test', 'fixtures', 'cluster-duc-three-stories', 'input.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-search-'));
let store: Store;
let fetcher: Fetcher;

before(async () => {
  store = await openPgliteStore(dir, { inMemory: true });
  fetcher = createFetcher({ timeoutMs: 1_000 });
  let clock = Date.parse('1998-11-20T12:00:00Z');
  for (const line of readFileSync(input, 'utf8').trim().split('\n')) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    await store.addReport({ id, text, title: null, source: null, publishedAt: null, path: null, url: null, nonArticle: [] }, new Date(clock).toISOString());
    clock += 1_000;
  }
  const sleep = async (): Promise<void> => undefined;
  await processPass({ store, fetcher, hostGate: createHostGate({ now: () => clock, sleep }), now: () => new Date(clock), sleep }, { assigner: null }, { force: true });
});

after(async () => {
  await fetcher.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const headlines = async (q: string): Promise<string[]> => (await store.searchStories(q)).map((s) => s.headline?.text ?? '');

test('search finds a story by a name its headline does not have: in its entities and summary', async () => {
  const found = await headlines('Arafat');
  assert.equal(found.length, 1);
  assert.doesNotMatch(found[0]!, /Arafat/);
  assert.deepEqual(await headlines('Gaza airport'), found, 'every word, from entities and summary');
});

test("search ranks the story whose headline names the query above one whose brief only mentions it", async () => {
  const found = await headlines('Microsoft');
  assert.equal(found.length, 2);
  assert.match(found[0]!, /Microsoft/);
  assert.doesNotMatch(found[1]!, /Microsoft/);
});

test('search takes word beginnings and English word forms', async () => {
  assert.deepEqual(await headlines('Netsc'), await headlines('Netscape'));
  assert.equal((await headlines('Netscape')).length, 1);
  assert.deepEqual(await headlines('explosive'), await headlines('explosives'));
  assert.equal((await headlines('explosive')).length, 1);
});
