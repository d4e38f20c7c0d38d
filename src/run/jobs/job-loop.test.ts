import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import PgBoss from 'pg-boss';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from '../../../test/test-postgres.js';
import { runJobLoop } from './job-loop.js';
import { DEAD_LETTER_QUEUE, DEFAULT_RETRY_LIMIT, ensureQueues, QUEUE } from './queues.js';

const skip = postgresSkipReason();
let server: TestPostgres | null = null;
let boss: PgBoss;

before(async () => {
  if (skip !== false) return;
  server = await startTestPostgres();
  boss = new PgBoss({ connectionString: await server.createDatabase('job_loop'), supervise: false, schedule: false });
  await boss.start();
  await ensureQueues(boss);
});
after(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await server?.destroy();
});

test('queues retry with backoff and dead-letter; a job that keeps failing ends in the dead-letter queue, one that succeeds completes', { skip, timeout: 60_000 }, async () => {
  const queue = await boss.getQueue(QUEUE.fetchPage);
  assert.equal(queue?.retryLimit, DEFAULT_RETRY_LIMIT);
  assert.equal(queue?.retryBackoff, true);
  assert.equal(queue?.deadLetter, DEAD_LETTER_QUEUE);

  // No retries for this one job, so the test need not wait out the backoff. (Keys as the handlers send them: the queue keeps one waiting job per key.)
  const failing = await boss.send(QUEUE.fetchPage, { reportId: 'r-bad' }, { retryLimit: 0, singletonKey: 'r-bad' });
  const fine = await boss.send(QUEUE.fetchPage, { reportId: 'r-good' }, { singletonKey: 'r-good' });
  assert.equal(await boss.send(QUEUE.fetchPage, { reportId: 'r-good' }, { singletonKey: 'r-good' }), null, 'a second waiting job for one key is refused');
  assert.ok(failing !== null && fine !== null);
  const seen: string[] = [];
  const logged: string[] = [];
  const stop = new AbortController();
  const loop = runJobLoop(
    boss,
    QUEUE.fetchPage,
    async (data) => {
      const { reportId } = data as { reportId: string };
      seen.push(reportId);
      if (seen.length === 2) stop.abort();
      if (reportId === 'r-bad') throw new Error('database went away');
    },
    { pollMs: 50, signal: stop.signal, log: (line) => logged.push(line) },
  );
  await loop;
  assert.deepEqual(seen.sort(), ['r-bad', 'r-good']);
  assert.equal((await boss.getJobById(QUEUE.fetchPage, failing))?.state, 'failed');
  assert.equal((await boss.getJobById(QUEUE.fetchPage, fine))?.state, 'completed');
  const [dead] = await boss.fetch<{ reportId: string }>(DEAD_LETTER_QUEUE);
  assert.deepEqual(dead?.data, { reportId: 'r-bad' }, 'the failed job was copied to the dead-letter queue');
  assert.ok(logged.some((line) => /r-bad|database went away/.test(line)), 'the failure was logged');
});
