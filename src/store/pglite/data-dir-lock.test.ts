import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isAlive, LOCK_FILE, lockDataDir, processState } from './data-dir-lock.js';

test('a lock left by a process that died unreaped (a zombie) is taken over; one held by a live process is refused', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-lock-'));
  // The background `sleep 0.2` exits after its parent has become `sleep 30`, which never waits for it: a zombie.
  const parent = spawn('sh', ['-c', 'sleep 0.2 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))));
    for (let i = 0; i < 100 && processState(zombie) !== 'Z'; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(processState(zombie), 'Z');
    assert.equal(isAlive(zombie), false);
    writeFileSync(join(dir, LOCK_FILE), String(zombie));
    const unlock = lockDataDir(dir);
    unlock();
    writeFileSync(join(dir, LOCK_FILE), String(parent.pid));
    assert.throws(() => lockDataDir(dir), new RegExp(`in use by process ${parent.pid}`));
  } finally {
    parent.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the state is read after the command name, which may hold spaces and parentheses', () => {
  assert.equal(processState(42, () => '42 (node (x) y) Z 1 42 42 0 -1'), 'Z');
  assert.equal(processState(42, () => '42 (newsbrief) S 1 42'), 'S');
  assert.equal(processState(42, () => { throw new Error('ENOENT'); }), null);
});
