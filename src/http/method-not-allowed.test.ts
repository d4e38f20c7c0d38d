import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import type { Store } from '../store/index.js';
import { createApp } from './create-app.js';
import { createEventHub } from './event-hub.js';

// No route below reaches the store.
const app = createApp({ store: {} as Store, hub: createEventHub(), wake: () => undefined, now: () => new Date('2016-12-15T10:00:00Z'), apiKey: null });

test('a known path asked with a method it does not have is 405 with Allow, and an unknown path is still 404', async () => {
  const cases: readonly [string, string, string][] = [
    ['PUT', '/api/reports', 'POST'],
    ['DELETE', '/api/stories/s-1', 'GET, HEAD'],
    ['POST', '/api/stories', 'GET, HEAD'],
    ['PATCH', '/', 'GET, HEAD'],
  ];
  for (const [method, path, allow] of cases) {
    const response = await app.request(path, { method });
    assert.equal(response.status, 405, `${method} ${path}`);
    assert.equal(response.headers.get('allow'), allow);
    assert.deepEqual(await response.json(), { error: `Method ${method} is not allowed on ${path}: expected ${allow}` });
  }
  assert.equal((await app.request('/api/nothing', { method: 'GET' })).status, 404);
});

test('serve refuses to start with NEWSBRIEF_API_KEY set but empty', () => {
  const result = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'newsbrief.js'), 'serve', '--data', '/nonexistent/never-created'], { encoding: 'utf8', env: { ...process.env, NEWSBRIEF_API_KEY: ' ' }, timeout: 30_000 });
  assert.equal(result.status, 2);
  assert.equal(result.stderr, 'newsbrief: NEWSBRIEF_API_KEY is set but empty: expected the key write routes require (unset it to leave them open)\n');
});
