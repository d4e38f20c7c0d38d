import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as cluster from './index.js';
import { createStoryAssigner, restoreStoryAssigner } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
// dist/src/cluster -> repo root
const FIXTURE = resolve(here, '..', '..', '..', 'test', 'fixtures', 'cluster-duc-three-stories');

interface Line {
  readonly id: string;
  readonly text: string;
}

const reports: readonly Line[] = readFileSync(join(FIXTURE, 'input.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Line);
const gold = JSON.parse(readFileSync(join(FIXTURE, 'gold.json'), 'utf8')) as Record<string, string>;
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as Record<string, string>;
const byId = (id: string): Line => reports.find((r) => r.id === id) ?? assert.fail(`no fixture report ${id}`);

test('the DUC fixture stream is assigned as expected.json records', () => {
  const assigner = createStoryAssigner();
  const got = Object.fromEntries(reports.map((r) => [r.id, assigner.assign(r).story]));
  assert.deepEqual(got, expected);
});

test('Microsoft antitrust reports never share a story with the Middle East reports', () => {
  const assigner = createStoryAssigner();
  const stories = new Map(reports.map((r) => [r.id, assigner.assign(r).story]));
  for (const a of reports) {
    for (const b of reports) {
      const isMicrosoft = (id: string): boolean => gold[id] === 'microsoft-antitrust';
      if (isMicrosoft(a.id) !== isMicrosoft(b.id)) assert.notEqual(stories.get(a.id), stories.get(b.id), `${a.id} / ${b.id}`);
    }
  }
});

test('the first report starts story s-1 and says so; a close follow-up joins it with its cosine', () => {
  const assigner = createStoryAssigner();
  const first = assigner.assign(byId('duc2004-d30040t#1'));
  assert.deepEqual(first, { story: 's-1', isNew: true, similarity: 0 });
  const second = assigner.assign(byId('duc2004-d30040t#0'));
  assert.equal(second.story, 's-1');
  assert.equal(second.isNew, false);
  assert.ok(second.similarity >= cluster.DEFAULT_THRESHOLD && second.similarity <= 1, String(second.similarity));
});

test('the same text arriving twice lands in the same story, even re-cased and re-spaced', () => {
  const assigner = createStoryAssigner();
  const text = byId('duc2004-d31033t#0').text;
  const first = assigner.assign({ id: 'x', text });
  assigner.assign(byId('duc2004-d30010t#0'));
  assert.deepEqual(assigner.assign({ id: 'y', text }), { story: first.story, isNew: false, similarity: 1 });
  assert.equal(assigner.assign({ id: 'z', text: `  ${text.toUpperCase().replace(/ /g, '\n')} ` }).story, first.story);
});

test('a report that is only a crawl notice stands alone instead of pooling with other notices', () => {
  const assigner = createStoryAssigner();
  const notice = 'These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.';
  const a = assigner.assign({ id: 'a', text: notice });
  const b = assigner.assign({ id: 'b', text: notice });
  assert.equal(a.isNew && b.isNew, true);
  assert.notEqual(a.story, b.story);
});

test('a report of only a few content words stands alone, however well they match a story', () => {
  const assigner = createStoryAssigner();
  const story = assigner.assign(byId('duc2004-d30040t#1')).story;
  // Two content terms of the story's own text: under minContentTerms (3), so no match is tried.
  const stub = assigner.assign({ id: 'stub', text: 'The Palestinian Authority.' });
  assert.equal(stub.isNew, true);
  assert.notEqual(stub.story, story);
  assert.equal(assigner.snapshot().stories.length, 1);
  // With the rule off, the same stub joins the story: the rule, not a poor match, kept it out.
  const lax = createStoryAssigner({ minContentTerms: 1 });
  assert.equal(lax.assign({ id: 'stub', text: 'The Palestinian Authority.' }).story, 's-1');
  assert.equal(lax.assign(byId('duc2004-d30040t#1')).story, 's-1');
});

test('a dated report more than the window away from a story does not join it', () => {
  const assigner = createStoryAssigner({ windowDays: 30 });
  const first = assigner.assign({ ...byId('duc2004-d30040t#1'), publishedAt: '1998-11-20' });
  const near = assigner.assign({ ...byId('duc2004-d30040t#0'), publishedAt: '1998-11-22' });
  const far = assigner.assign({ ...byId('duc2004-d30040t#2'), publishedAt: '1999-06-01' });
  assert.equal(near.story, first.story);
  assert.notEqual(far.story, first.story);
  assert.equal(far.isNew, true);
});

test('stories quiet for two windows are dropped from the state', () => {
  const assigner = createStoryAssigner({ windowDays: 10 });
  assigner.assign({ ...byId('duc2004-d31033t#0'), publishedAt: '1998-01-01' });
  assigner.assign({ ...byId('duc2004-d30040t#1'), publishedAt: '1998-03-01' });
  assert.deepEqual(assigner.snapshot().stories.map((s) => s.id), ['s-2']);
});

test('a snapshot survives JSON and a restored assigner carries on as the original', () => {
  const original = createStoryAssigner();
  for (const r of reports.slice(0, 5)) original.assign(r);
  const restored = restoreStoryAssigner(JSON.parse(JSON.stringify(original.snapshot())) as unknown);
  for (const r of reports.slice(5)) assert.deepEqual(restored.assign(r), original.assign(r));
});

test('a story centroid never holds more than maxStoryTerms terms', () => {
  const assigner = createStoryAssigner({ maxStoryTerms: 20, threshold: 0 });
  for (const r of reports) assigner.assign(r);
  for (const story of assigner.snapshot().stories) assert.ok(story.centroid.length <= 20);
});

test('a snapshot from before the grey band, the short-report rule and name runs restores with their defaults', () => {
  const original = createStoryAssigner();
  for (const r of reports.slice(0, 5)) original.assign(r);
  const state = original.snapshot();
  const { minContentTerms, greyThreshold, rareIdf, minRareShared, nameWeight, ...firstLayout } = state.options;
  const restored = restoreStoryAssigner({ ...state, options: firstLayout });
  assert.deepEqual(restored.snapshot().options, { ...firstLayout, minContentTerms, greyThreshold, rareIdf, minRareShared, nameWeight });
  for (const r of reports.slice(5)) assert.deepEqual(restored.assign(r), original.assign(r));
});

test('restoring a malformed state throws', () => {
  assert.throws(() => restoreStoryAssigner({ version: 99 }));
  assert.throws(() => createStoryAssigner({ threshold: 2 }));
});

test('the module exports exactly the assigner, its state schema, defaults, report terms and the near-copy index', () => {
  assert.deepEqual(Object.keys(cluster).sort(), [
    'ASSIGNER_STATE_VERSION',
    'DEFAULT_MAX_REPORT_TERMS',
    'DEFAULT_MAX_STORY_TERMS',
    'DEFAULT_THRESHOLD',
    'DEFAULT_WINDOW_DAYS',
    'assignerStateSchema',
    'createNearCopyIndex',
    'createStoryAssigner',
    'findNearCopy',
    'fingerprint',
    'insertInOrder',
    'reportTerms',
    'restoreStoryAssigner',
  ]);
});
