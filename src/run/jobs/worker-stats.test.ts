import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countJob, createWorkerStats, formatWorkerStats, parseWorkerStats } from './worker-stats.js';

test('a stopping worker\'s stats line is read back from its stderr among the other lines; none when it was killed', () => {
  const stats = createWorkerStats();
  countJob(stats, 'newsbrief-rebuild-brief', 12.5);
  countJob(stats, 'newsbrief-rebuild-brief', 7.5);
  stats.assign.lockHeldMs = 250;
  const stderr = `newsbrief worker 12 started (concurrency 1); Ctrl-C to stop\nnewsbrief worker: ${formatWorkerStats(stats)}\nnewsbrief worker 12 stopped\n`;
  const read = parseWorkerStats(stderr);
  assert.deepEqual(read?.queues, { 'newsbrief-rebuild-brief': { jobs: 2, ms: 20 } });
  assert.equal(read?.assign.lockHeldMs, 250);
  assert.equal(parseWorkerStats('newsbrief worker 12 started (concurrency 1); Ctrl-C to stop\n'), null);
});
