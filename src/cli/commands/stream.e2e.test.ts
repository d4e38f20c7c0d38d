import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../../../test/html-fixture-case.js';

const root = repoRoot();
const data = join(mkdtempSync(join(tmpdir(), 'newsbrief-cli-')), 'data');
after(() => rmSync(join(data, '..'), { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('add the seeds folder, list one story, print its brief as JSON', { timeout: 120_000 }, () => {
  const added = cli('add', 'examples/aleppo', '--data', data);
  assert.equal(added.stderr, '');
  assert.equal(added.status, 0);
  assert.equal(added.stdout, 'Stored 5 reports, queued 0 URLs (0 duplicates, 0 skipped); fetched 0, assigned 5; 1 brief built\n');
  // add --help shows this run as its example: the line printed must be the one shown.
  assert.ok(cli('add', '--help').stdout.includes(`$ newsbrief add examples/aleppo\n  ${added.stdout}`), 'add --help shows the real output');

  const stories = cli('stories', '--data', data);
  assert.equal(stories.status, 0);
  const lines = stories.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const [id, reports, sources, version, , title] = lines[0]!.split('\t');
  assert.deepEqual([reports, sources, version], ['5 reports', '5 sources', 'v1']);
  assert.ok(title !== undefined && title !== '' && !title.includes('untitled'), title);
  // --help shows this run as its example: the title printed must be the one shown.
  assert.ok(cli('stories', '--help').stdout.includes(`\t${title}\n`), 'stories --help shows the real title');
  const found = cli('stories', '--query', 'observatory', '--data', data);
  assert.deepEqual([found.status, found.stdout.split('\n')[0]!.split('\t')[0]], [0, id]);
  assert.equal(cli('stories', '--query', 'Timbuktu', '--data', data).stdout, 'No story matches "Timbuktu".\n');

  const story = cli('story', id!, '--format', 'json', '--data', data);
  assert.equal(story.status, 0);
  const parsed = JSON.parse(story.stdout) as { version: number; brief: { reports: { id: string }[]; summary: { text: string; sources: unknown[] }[] } };
  assert.equal(parsed.version, 1);
  assert.deepEqual(parsed.brief.reports.map((r) => r.id), ['r1', 'r2', 'r3', 'r4', 'r5']);
  assert.ok(parsed.brief.summary.length > 0 && parsed.brief.summary.every((s) => s.sources.length > 0));

  const text = cli('story', id!, '--data', data);
  assert.equal(text.status, 0);
  assert.match(text.stdout, new RegExp(`Story ${id}, version 1 of 1`));

  const again = cli('add', 'examples/aleppo', '--data', data);
  assert.match(again.stdout, /^Stored 0 reports, queued 0 URLs \(5 duplicates, 0 skipped\); fetched 0, assigned 0; 0 briefs built\n$/);
});

test('bad input gives one clear line on stderr and a non-zero status', () => {
  const missing = cli('story', 's-404', '--data', data);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'newsbrief: No story "s-404": expected an id that newsbrief stories lists, such as s-1\n');
  const badUrl = cli('feeds', 'add', 'ftp://example.com/rss', '--data', data);
  assert.equal(badUrl.status, 2);
  assert.equal(badUrl.stderr, 'newsbrief: Expected a feed\'s http(s) URL, got "ftp://example.com/rss"\n');
  const noPath = cli('add', 'no/such/folder', '--data', data);
  assert.equal(noPath.status, 1);
  assert.match(noPath.stderr, /^newsbrief: Cannot read no\/such\/folder: no such file or directory/);
  // An unreadable file among good ones is skipped (one bad page does not stop a folder); a run that adds nothing fails.
  const empty = join(data, '..', 'empty.txt');
  writeFileSync(empty, '');
  const nothing = cli('add', empty, '--data', data);
  assert.equal(nothing.status, 1);
  assert.equal(nothing.stdout, '');
  assert.equal(
    nothing.stderr,
    `newsbrief: skipped ${empty} is empty: expected the text of a news report\nnewsbrief: Nothing added: 1 input skipped, expected at least one news report (text or HTML)\n`,
  );
});

test('feeds add, list and remove round-trip', () => {
  assert.equal(cli('feeds', 'add', 'https://feeds.example/world.xml', '--data', data).stdout, 'Subscribed to https://feeds.example/world.xml\n');
  assert.match(cli('feeds', 'list', '--data', data).stdout, /^https:\/\/feeds\.example\/world\.xml\t-\tnever polled\tnext /);
  assert.equal(cli('feeds', 'remove', 'https://feeds.example/world.xml', '--data', data).stdout, 'Unsubscribed from https://feeds.example/world.xml\n');
  assert.equal(cli('feeds', 'list', '--data', data).stdout, 'No feeds. Add one with: newsbrief feeds add URL\n');
});
