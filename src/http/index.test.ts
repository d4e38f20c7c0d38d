import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as http from './index.js';
import { createWakeableSleep } from '../run/index.js';

test('the HTTP interface exports exactly its public functions and constants', () => {
  assert.deepEqual(Object.keys(http).sort(), ['DEFAULT_BODY_LIMIT_BYTES', 'DEFAULT_SERVE_QUIET_MS', 'KEEP_ALIVE_TIMEOUT_MS', 'createApp', 'createEventHub', 'startServer', 'toStoryEvent']);
});

test('a wake while the loop is busy makes its next sleep return at once; a wake during a sleep ends it', async () => {
  const { sleep, wake } = createWakeableSleep();
  wake();
  const started = Date.now();
  await sleep(10_000);
  assert.ok(Date.now() - started < 1_000);
  const during = sleep(10_000);
  setTimeout(wake, 10);
  await during;
  assert.ok(Date.now() - started < 2_000);
});

test('only story changes and feed reads reach page clients', () => {
  assert.deepEqual(http.toStoryEvent({ kind: 'assigned', id: 'r9', storyId: 's-2', isNewStory: false, nearDuplicateOf: null }), { type: 'report', story: 's-2', report: 'r9', isNewStory: false });
  assert.equal(http.toStoryEvent({ kind: 'fetched', id: 'r9', url: 'https://example.com/a' }), null);
  assert.equal(http.toStoryEvent({ kind: 'stored', id: 'r9', label: 'x' }), null);
});

test('a wait for a report that is never assigned is forgotten when it times out, and one that is, when it is', async () => {
  const hub = http.createEventHub();
  assert.equal(await hub.waitForAssignment('r-never', 5), null);
  assert.equal(hub.waitingReports(), 0);
  const waiting = hub.waitForAssignment('r1', 5_000);
  assert.equal(hub.waitingReports(), 1);
  hub.onStreamEvent({ kind: 'assigned', id: 'r1', storyId: 's-1', isNewStory: true, nearDuplicateOf: null });
  assert.equal(await waiting, 's-1');
  assert.equal(hub.waitingReports(), 0);
});
