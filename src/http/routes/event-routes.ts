/** @module GET /api/events: server-sent events when a story gains a report or a new brief version. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { setTimeout as delay } from 'node:timers/promises';
import { streamSSE } from 'hono/streaming';
import type { AppDeps } from '../app-deps.js';

/** Comment line sent while idle, so proxies that close quiet connections after 60 s keep this one. */
export const HEARTBEAT_MS = 25_000;

const events = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Server-sent events: `ready` on connect, `report` {story, report, isNewStory} `brief` {story, version, reports} and `feed` {url, result, newItems}',
  responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } } },
});

export function registerEventRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(events, (c) =>
    streamSSE(c, async (stream) => {
      let id = 0;
      const unsubscribe = deps.hub.subscribe((event) => {
        id += 1;
        void stream.writeSSE({ event: event.type, data: JSON.stringify(event), id: String(id) });
      });
      // The heartbeat's wait ends when the client goes or the server stops: hono's stream.sleep() could not be
      // cut short, and held a stopping server for up to HEARTBEAT_MS.
      const gone = new AbortController();
      stream.onAbort(() => {
        unsubscribe();
        gone.abort();
      });
      const until = AbortSignal.any([gone.signal, deps.hub.closed]);
      await stream.writeSSE({ event: 'ready', data: '{}', retry: 3000 });
      while (!until.aborted && !stream.closed) {
        await delay(HEARTBEAT_MS, undefined, { signal: until }).catch(() => undefined);
        if (!until.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    }),
  );
}
