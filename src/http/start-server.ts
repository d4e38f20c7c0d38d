/** @module `newsbrief serve`: one store, the stream loop in-process, and the HTTP app on a port. */
import { createServer as createHttpServer, type RequestListener, type ServerOptions as ServerOptionsOfHttp } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { fetchRefusal, type FetchOptions } from '../ingest/fetch/index.js';
import type { StreamEvent } from '../stream/index.js';
import { createAssignThread, DEFAULT_BRIEF_WORKERS, openStream, startServeLoop } from '../run/index.js';
import { databaseUrl, hasStorePort, openStorePort } from '../store/index.js';
import type { AppDeps } from './app-deps.js';
import { createApp, DEFAULT_BODY_LIMIT_BYTES, type AppOptions } from './create-app.js';
import { createFastReportPost } from './fast-report-post.js';
import { createHostCheck } from './host-check.js';
import { createEventHub } from './event-hub.js';
import { createStoryCache } from './story-cache.js';

/**
 * Quiet time before a story's brief is rebuilt in the server. `watch` waits a minute because
 * nobody is looking; here an editor is, so a burst of POSTs (which arrive within a second or two)
 * still gives one rebuild, and a lone report shows its brief ten seconds later, not sixty.
 */
export const DEFAULT_SERVE_QUIET_MS = 10_000;

/**
 * Idle keep-alive sockets are kept this long (Node's default is 5 s). The store runs on this thread
 * and can hold it for seconds under load (docs/design-web.md, Measures); with 5 s, idle sockets were
 * closed the moment the thread woke, just as clients reused them (ECONNRESET in bench:serve).
 * 65 s also outlasts the usual 60 s idle timeout of a proxy in front.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export interface ServerOptions extends FetchOptions, AppOptions {
  readonly dataDir: string;
  readonly port: number;
  /** Default 127.0.0.1: exposing the server is a choice (`--host 0.0.0.0`). */
  readonly hostname?: string;
  readonly apiKey?: string | null;
  /** Default DEFAULT_SERVE_QUIET_MS. */
  readonly quietMs?: number;
  /** Default the stream's DEFAULT_MAX_WAIT_MS. */
  readonly maxWaitMs?: number;
  readonly log?: (line: string) => void;
  readonly onEvent?: (event: StreamEvent) => void;
  /** False: serve only, and leave polling and processing to `newsbrief worker` processes (PostgreSQL). Default true. */
  readonly isProcessing?: boolean;
  /** Host names requests may carry besides loopback ones while the server listens on loopback (host-check.ts). */
  readonly publicHosts?: readonly string[];
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? (() => undefined);
  const hub = createEventHub((event) => {
    options.onEvent?.(event);
    if (event.kind === 'fetch-failed' || event.kind === 'brief-failed' || event.kind === 'skipped') log(`${event.kind}: ${event.message}`);
  });
  // Briefs are built and PGlite runs on worker threads: on this one they held HTTP for seconds (docs/design-web.md, Measures).
  const opened = await openStream(options.dataDir, { ...options, onEvent: hub.onStreamEvent, briefWorkers: DEFAULT_BRIEF_WORKERS, storeInWorker: true });
  const { context } = opened;
  // With the embedded store on its worker, assignment runs on a third thread with its own line to
  // it, off the thread that answers HTTP (docs/design-web.md, Process). PostgreSQL: here, as before.
  const assignThread = options.isProcessing === false || !hasStorePort(context.store) ? null : createAssignThread(context, () => openStorePort(context.store)!);
  // Without processing, workers find the stored work by sweeping the store (src/run/jobs/sweep.ts).
  const loop =
    options.isProcessing === false
      ? { wake: () => undefined, stop: async () => undefined }
      : startServeLoop(
          context,
          { quietMs: options.quietMs ?? DEFAULT_SERVE_QUIET_MS, ...(options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs }), ...(assignThread === null ? {} : { assign: (signal: AbortSignal) => assignThread.assign(signal) }) },
          (error) => log(`stream loop stopped by ${(error as Error).message}; restarting`),
        );
  const stopProcessing = async (): Promise<void> => {
    await loop.stop();
    await assignThread?.close();
  };
  // Briefs are served from memory only when every change to the store passes through this process's
  // stream events: the embedded store (one process per directory) with processing here. With
  // PostgreSQL, or when `newsbrief worker` processes do the work, reads go to the store.
  const storyCache = options.isProcessing !== false && databaseUrl() === null ? createStoryCache(context.store) : undefined;
  if (storyCache !== undefined) hub.subscribeStream((event) => storyCache.onStreamEvent(event));
  const deps: AppDeps = {
    store: context.store,
    hub,
    wake: loop.wake,
    now: context.now,
    apiKey: options.apiKey ?? null,
    ...(storyCache === undefined ? {} : { storyCache }),
    urlRefusal: (url: string) => fetchRefusal(url, { ...(options.allowPrivate === undefined ? {} : { allowPrivate: options.allowPrivate }), ...(options.allowHosts === undefined ? {} : { allowHosts: options.allowHosts }) }),
    // The assignment thread is handed each posted text, so it need not read it back from the store.
    ...(assignThread === null ? {} : { onStored: (id: string, text: string) => assignThread.offer(id, text) }),
  };
  const app = createApp(deps, options);
  // Plain JSON posts of reports skip hono's request and response objects (fast-report-post.ts).
  const fastPost = await createFastReportPost(app.fetch, deps, options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES);
  const hostname = options.hostname ?? '127.0.0.1';
  const isOwnHost = createHostCheck(hostname, options.publicHosts);
  const handle = (req: Parameters<RequestListener>[0], res: Parameters<RequestListener>[1], listener: RequestListener): void => {
    if (isOwnHost !== null && !isOwnHost(req.headers.host)) {
      // Before both request paths (the plain-node POST and hono), so no route can forget it.
      res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: `Host ${JSON.stringify(req.headers.host)} is not this server's: listening on ${hostname}, it answers to localhost names only (a guard against DNS rebinding); name others with --public-host` }));
      return;
    }
    if (!fastPost(req, res)) void listener(req, res);
  };
  let server: ServerType;
  try {
    server = await new Promise<ServerType>((resolve, reject) => {
      const createServer = ((serverOptions: ServerOptionsOfHttp, listener: RequestListener) => createHttpServer(serverOptions, (req, res) => handle(req, res, listener))) as typeof createHttpServer;
      const s = serve({ fetch: app.fetch, port: options.port, hostname, createServer }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    await stopProcessing();
    await opened.close();
    throw error;
  }
  const http = server as unknown as { keepAliveTimeout: number; headersTimeout: number };
  http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  http.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    async close() {
      // Within a second or two whatever is running: event streams end, briefs in progress are abandoned
      // (their stories stay stale and are built after a restart), and the loops stop at their next await.
      hub.close();
      const closed = new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams and idle keep-alive sockets stay open until closed from this side.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      const stopped = stopProcessing(); // aborts the loops first, so an abandoned brief reads as stopping, not as a fault
      await opened.abandonBriefs();
      await stopped;
      await closed;
      await opened.close();
    },
  };
}
