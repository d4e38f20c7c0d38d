import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_MAX_BACKOFF_MS, DEFAULT_POLL_INTERVAL_MS, parseRetryAfter, scheduleNextPoll } from './feed-schedule.js';
import { createHostGate } from './host-gate.js';

const now = new Date('2016-12-15T10:00:00Z');

test('a healthy feed is polled again one interval later and its error count resets', () => {
  const next = scheduleNextPoll(3, false, now);
  assert.equal(next.errorCount, 0);
  assert.equal(next.nextPollAt.getTime() - now.getTime(), DEFAULT_POLL_INTERVAL_MS);
});

test('errors back off exponentially up to a day', () => {
  const waits = [0, 1, 2, 3].map((errors) => scheduleNextPoll(errors, true, now, { intervalMs: 60_000 }).nextPollAt.getTime() - now.getTime());
  assert.deepEqual(waits, [120_000, 240_000, 480_000, 960_000]);
  assert.equal(scheduleNextPoll(40, true, now).nextPollAt.getTime() - now.getTime(), DEFAULT_MAX_BACKOFF_MS);
});

test('a longer Retry-After from the server wins over the backoff', () => {
  const next = scheduleNextPoll(0, true, now, { intervalMs: 60_000, retryAfterMs: 3_600_000 });
  assert.equal(next.nextPollAt.toISOString(), '2016-12-15T11:00:00.000Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Thu, 15 Dec 2016 10:05:00 GMT', now), 300_000);
  assert.equal(parseRetryAfter('soon', now), null);
});

test('the host gate spaces requests to one host and lets other hosts through at once', async () => {
  let clock = 0;
  const sleeps: number[] = [];
  const gate = createHostGate({ minDelayMs: 2_000, now: () => clock, sleep: async (ms) => { sleeps.push(ms); clock += ms; } });
  await gate.wait('https://a.example/1');
  await gate.wait('https://b.example/1');
  await gate.wait('https://a.example/2');
  await gate.wait('https://a.example/3');
  assert.deepEqual(sleeps, [2_000, 2_000]);
});
