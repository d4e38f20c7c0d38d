import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../../../test/html-fixture-case.js';
import { openStore } from '../../store/index.js';

const root = repoRoot();
const FIXTURE = join(root, 'test', 'fixtures', 'cluster-duc-three-stories', 'input.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-add-cluster-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the fixture reports added as files to a fresh --data land in the same stories as cluster gives them', { timeout: 120_000 }, async () => {
  const reports = readFileSync(FIXTURE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
  // add reads a folder in name order; numbered names keep the stream's arrival order.
  const folder = join(dir, 'reports');
  mkdirSync(folder);
  const fileOf = new Map<string, string>();
  reports.forEach((r, k) => {
    const name = `${String(k + 1).padStart(2, '0')}.txt`;
    writeFileSync(join(folder, name), r.text);
    fileOf.set(name, r.id);
  });
  const data = join(dir, 'data');
  const added = cli('add', folder, '--data', data);
  assert.equal(added.status, 0, added.stderr);
  assert.match(added.stdout, /^Stored 9 reports, .* assigned 9;/);

  const clustered = cli('cluster', FIXTURE);
  assert.equal(clustered.status, 0, clustered.stderr);
  const byCluster = Object.fromEntries(clustered.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string }).map((a) => [a.id, a.story]));

  const store = await openStore(data);
  const byAdd: Record<string, string> = {};
  try {
    for (const story of await store.listStories()) {
      for (const stored of await store.storyReports(story.id)) byAdd[fileOf.get(basename(stored.report.path ?? '')) ?? stored.id] = story.id;
    }
  } finally {
    await store.close();
  }
  assert.deepEqual(byAdd, byCluster);
  // Not one story of everything: the fixture holds three topics.
  assert.ok(new Set(Object.values(byCluster)).size >= 3);
});
