/**
 * @module bench:serve's brief reader on its own worker thread: reads one URL every `intervalMs` until
 * told to stop, then posts back every read's latency. On the posters' event loop each read also
 * waited for that loop (its delay p99 was 6-10 ms, docs/design-web.md, Measures); a load generator
 * keeps the measuring client apart from the load (as wrk's threads do), so what is timed here is
 * the server's answer and the network, not the 8 posters' JSON and fetch work.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'undici';

export interface BriefReaderInput {
  readonly origin: string;
  readonly path: string;
  readonly intervalMs: number;
  /** Read through one undici connection (the light client) instead of fetch. */
  readonly isLight: boolean;
}

export interface BriefReaderResult {
  readonly latencies: readonly number[];
  /** This thread's own event-loop delay p99 and max (ms): what of a read's time is still the client's. */
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
}

if (parentPort === null) throw new Error('brief-reader.js runs as a worker thread (see bench-serve.ts)');
const parent = parentPort;
const { origin, path, intervalMs, isLight } = workerData as BriefReaderInput;
const client = isLight ? new Client(origin) : null;

async function readOnce(): Promise<void> {
  if (client === null) {
    await (await fetch(`${origin}${path}`)).arrayBuffer();
    return;
  }
  await (await client.request({ path, method: 'GET' })).body.arrayBuffer();
}

/** Retries once when the connection was reset (as the posters do). */
async function read(): Promise<void> {
  try {
    await readOnce();
  } catch {
    await readOnce();
  }
}

let isReading = true;
parent.once('message', () => (isReading = false));
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
const latencies: number[] = [];
while (isReading) {
  const t = performance.now();
  await read();
  latencies.push(performance.now() - t);
  await new Promise((r) => setTimeout(r, intervalMs));
}
delay.disable();
await client?.close();
parent.postMessage({ latencies, loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6 } satisfies BriefReaderResult);
