import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../../test/html-fixture-case.js';

test('add exits 1 and says so when every URL it was given is refused for good', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-add-refused-'));
  try {
    const result = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'newsbrief.js'), 'add', 'http://127.1/x', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/', '--data', join(dir, 'data')], {
      encoding: 'utf8',
      env: { ...process.env, NEWSBRIEF_CACHE_DIR: join(dir, 'cache') },
      timeout: 120_000,
    });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /127\.0\.0\.1 is a loopback address, not a public one/);
    assert.match(result.stderr, /0\.0\.0\.0 is an unspecified address, not a public one/);
    assert.match(result.stderr, /newsbrief: Nothing added: all 3 URLs failed for good, expected at least one news report\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('feeds add refuses a feed on a loopback address at once, unless --allow-private says otherwise', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-feed-refused-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(repoRoot(), 'bin', 'newsbrief.js'), 'feeds', 'add', 'http://2130706433/rss', '--data', join(dir, 'data'), ...args], { encoding: 'utf8', env: { ...process.env, NEWSBRIEF_CACHE_DIR: join(dir, 'cache') }, timeout: 120_000 });
  try {
    const refused = run();
    assert.equal(refused.status, 1);
    assert.equal(refused.stderr, 'newsbrief: Cannot subscribe to http://127.0.0.1/rss: 127.0.0.1 is a loopback address, not a public one; allow it with --allow-private or --allow-host 127.0.0.1\n');
    const allowed = run('--allow-private');
    assert.equal(allowed.status, 0, allowed.stderr);
    assert.equal(allowed.stdout, 'Subscribed to http://127.0.0.1/rss\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
