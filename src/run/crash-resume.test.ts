import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { openPgliteStore } from '../store/index.js';
import { loadAssigner } from '../stream/index.js';
import type { StreamContext } from '../stream/index.js';

const root = repoRoot();
const child = join(root, 'dist', 'test', 'stream-child.js');
const work = mkdtempSync(join(tmpdir(), 'newsbrief-crash-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The seeds plus three real-looking news pages and a list page (skipped as not an article): several stories. */
const PAGES = ['html-jsonld-newsarticle', 'html-meta-tags-only', 'html-real-sciencealert-reuters-dateline', 'html-not-article-section-list'];

function inputFolder(): string {
  const folder = join(work, 'inputs');
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(join(root, 'examples', 'aleppo'))) copyFileSync(join(root, 'examples', 'aleppo', name), join(folder, name));
  const fixtures = join(root, 'test', 'fixtures');
  for (const name of PAGES) copyFileSync(join(fixtures, name, 'input.html'), join(folder, `${name}.html`));
  return folder;
}

interface Run {
  readonly kinds: readonly string[];
  readonly killed: boolean;
}

/** Runs the child; with `killAfter`, sends SIGKILL as soon as that many events of that kind were printed. */
function runChild(dataDir: string, input: string, killAfter?: { readonly kind: string; readonly count: number }, env: Readonly<Record<string, string>> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, input], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const kinds: string[] = [];
    let buffer = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        kinds.push((JSON.parse(line) as { kind: string }).kind);
        if (killAfter !== undefined && kinds.filter((k) => k === killAfter.kind).length === killAfter.count) proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ kinds, killed: true });
      else if (code === 0) resolve({ kinds, killed: false });
      else reject(new Error(`child exited ${code}: ${stderr}`));
    });
  });
}

/**
 * Stories as sets of report paths (ids may differ: a killed transaction can use up sequence values),
 * and the assigner a restart would resume with (its snapshot plus the assignments replayed since).
 */
async function partition(dataDir: string): Promise<{ stories: string[][]; counts: unknown; versions: number[]; assigner: unknown }> {
  const store = await openPgliteStore(dataDir);
  try {
    const assigner = (await loadAssigner({ store } as StreamContext)).snapshot();
    const stories: string[][] = [];
    const versions: number[] = [];
    for (const story of await store.listStories()) {
      stories.push((await store.storyReports(story.id)).map((r) => r.report.path ?? r.id).sort());
      versions.push((await store.storyVersion(story.id)) === null ? 0 : 1);
    }
    return { stories: stories.sort((a, b) => a[0]!.localeCompare(b[0]!)), counts: await store.counts(), versions, assigner };
  } finally {
    await store.close();
  }
}

test('SIGKILL while storing and again while assigning loses nothing: restarts end with the same stories as an uninterrupted run', { timeout: 120_000 }, async () => {
  const input = inputFolder();
  const reference = join(work, 'reference');
  const crashed = join(work, 'crashed');
  assert.equal((await runChild(reference, input)).killed, false);

  const first = await runChild(crashed, input, { kind: 'stored', count: 3 });
  assert.equal(first.killed, true, 'the child was killed while storing');
  const second = await runChild(crashed, input, { kind: 'assigned', count: 2 });
  assert.equal(second.killed, true, 'the child was killed while assigning');
  assert.ok(second.kinds.includes('duplicate'), 'reports stored before the first kill were recognised, not stored again');
  const last = await runChild(crashed, input);
  assert.equal(last.kinds.at(-1), 'done');

  const expected = await partition(reference);
  const actual = await partition(crashed);
  assert.deepEqual(actual.counts, expected.counts);
  assert.deepEqual(actual.stories, expected.stories);
  assert.ok(actual.versions.every((v) => v === 1), 'every story has a brief');
  assert.ok(expected.stories.flat().length === 8, `expected the seeds and pages to make 8 reports, got ${expected.stories.flat().length}`);
  assert.deepEqual(actual.assigner, expected.assigner);
});

test('SIGKILL between two assigner snapshots: the restart replays the assignments since the last one and ends with the same stories and assigner', { timeout: 120_000 }, async () => {
  const input = inputFolder();
  const reference = join(work, 'reference-2');
  const crashed = join(work, 'crashed-2');
  assert.equal((await runChild(reference, input)).killed, false);
  // Batches of 2 and a snapshot once 4 assignments would be unsaved: saved with batch 1 (the first
  // ever) and batch 3, not batch 2. Events follow the commit, so the 3rd 'assigned' means batch 2 is
  // committed but in no snapshot. The child kills itself there, so the point does not depend on timing.
  const small = { NEWSBRIEF_TEST_ASSIGN_BATCH: '2', NEWSBRIEF_TEST_SNAPSHOT_EVERY: '4' };
  const first = await runChild(crashed, input, undefined, { ...small, NEWSBRIEF_TEST_KILL_AT_ASSIGNED: '3' });
  assert.equal(first.killed, true, 'the child was killed after its second batch');
  const store = await openPgliteStore(crashed);
  try {
    assert.equal((await store.assignedAfterSnapshot()).length, 2, 'the third batch is only in the reports, not in the snapshot');
  } finally {
    await store.close();
  }
  const last = await runChild(crashed, input, undefined, small);
  assert.equal(last.kinds.at(-1), 'done');

  const expected = await partition(reference);
  const actual = await partition(crashed);
  assert.deepEqual(actual.counts, expected.counts);
  assert.deepEqual(actual.stories, expected.stories);
  assert.deepEqual(actual.assigner, expected.assigner, 'the same assigner as one uninterrupted run');
});
