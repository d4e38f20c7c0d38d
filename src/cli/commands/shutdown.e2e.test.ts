import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServe as startServeProcess } from '../../../test/serve-process.js';

const WORDS = 'Rebels left the city of Aleppo on buses as the ceasefire held officials in Damascus said'.split(' ');

/** `newsbrief serve` on a free port, rebuilding briefs at once. */
const startServe = (dataDir: string) => startServeProcess(dataDir, ['--quiet-ms', '0']);

async function stories(url: string): Promise<Array<{ id: string; version: number; isStale: boolean }>> {
  return (await (await fetch(`${url}/api/stories`)).json()) as Array<{ id: string; version: number; isStale: boolean }>;
}

test('SIGTERM stops serve within 2 s with an event stream open and a brief in progress, and the brief is built after a restart', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-shutdown-'));
  const data = join(dir, 'data');
  try {
    const first = await startServe(data);
    // A live /api/events client: it receives `ready`, then the stream stays open (heartbeats every 25 s).
    const events = request(`${first.url}/api/events`);
    const opened = new Promise<string>((resolve) => events.on('response', (res) => res.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
    events.on('error', () => undefined);
    events.end();
    assert.match(await opened, /event: ready/);
    // 800,000 unpunctuated characters: a brief of several seconds, on the brief thread.
    let text = '';
    for (let i = 0; text.length < 800_000; i++) text += `${WORDS[(i * 7 + (i >> 3)) % WORDS.length]} `;
    const posted = await fetch(`${first.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: text.slice(0, 800_000) }) });
    assert.equal(posted.status, 201);
    for (let i = 0; i < 100 && (await stories(first.url)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1_000)); // the brief has started (quiet time 0)
    assert.equal((await stories(first.url))[0]?.version, 0, 'the brief is still being built');
    const exited = new Promise<number>((resolve) => first.child.once('exit', () => resolve(Date.now())));
    const signalled = Date.now();
    first.child.kill('SIGTERM');
    const took = (await exited) - signalled;
    assert.ok(took < 2_000, `serve took ${took} ms to stop: ${first.stderr()}`);
    assert.equal(first.child.exitCode, 0, first.stderr());
    assert.doesNotMatch(first.stderr(), /brief-failed|restarting/);

    const second = await startServe(data);
    try {
      let built = await stories(second.url);
      for (let i = 0; i < 600 && built[0]?.version !== 1; i++) {
        await new Promise((r) => setTimeout(r, 100));
        built = await stories(second.url);
      }
      assert.equal(built[0]?.version, 1, 'the abandoned brief was built after the restart');
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
