import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { openPgliteStore } from '../store/index.js';

const root = repoRoot();
const child = join(root, 'dist', 'test', 'stream-child.js');
const work = mkdtempSync(join(tmpdir(), 'newsbrief-crash-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The seeds plus three real-looking news pages and a list page (skipped as not an article): several stories. */
const PAGES = ['html-jsonld-newsarticle', 'html-meta-tags-only', 'html-real-sciencealert-reuters-dateline', 'html-not-article-section-list'];

function inputFolder(): string {
  const folder = join(work, 'inputs');
  mkdirSync(folder);
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
function runChild(dataDir: string, input: string, killAfter?: { readonly kind: string; readonly count: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, input], { stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Stories as sets of report paths (ids may differ: a killed transaction can use up sequence values). */
async function partition(dataDir: string): Promise<{ stories: string[][]; counts: unknown; versions: number[] }> {
  const store = await openPgliteStore(dataDir);
  try {
    const stories: string[][] = [];
    const versions: number[] = [];
    for (const story of await store.listStories()) {
      stories.push((await store.storyReports(story.id)).map((r) => r.report.path ?? r.id).sort());
      versions.push((await store.storyVersion(story.id)) === null ? 0 : 1);
    }
    return { stories: stories.sort((a, b) => a[0]!.localeCompare(b[0]!)), counts: await store.counts(), versions };
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
});
