/**
 * @module Preloaded into a benchmarked server (`node --import`): samples the main thread's
 * event-loop delay and prints its percentiles on stderr when the process exits, so a benchmark can
 * say how long the thread that answers HTTP was held.
 */
import { writeSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** 10 ms sampling: fine enough to see the stalls a 20 ms read target cares about. */
const RESOLUTION_MS = 10;

const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();

process.once('exit', () => {
  histogram.disable();
  const ms = (ns: number): string => (ns / 1e6).toFixed(1);
  writeSync(2, `loop-delay: p50 ${ms(histogram.percentile(50))} ms, p99 ${ms(histogram.percentile(99))} ms, max ${ms(histogram.max)} ms (${histogram.count} samples)\n`);
});
