/** @module Feed subscriptions: GET, POST and DELETE /api/feeds; the stream loop polls them on their schedule. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { NewsbriefError } from '../../errors.js';
import type { AppDeps } from '../app-deps.js';
import { ErrorSchema, FeedCreatedSchema, FeedInputSchema, FeedQuerySchema, FeedSchema } from '../schemas.js';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const listFeeds = createRoute({
  method: 'get',
  path: '/api/feeds',
  summary: 'Feed subscriptions with their poll state',
  responses: { 200: { description: 'The feeds', content: json(z.array(FeedSchema)) } },
});

const addFeed = createRoute({
  method: 'post',
  path: '/api/feeds',
  summary: 'Subscribe to a feed (RSS, Atom, JSON Feed); polled at once, then every 15 minutes',
  request: { body: { required: true, content: json(FeedInputSchema) } },
  responses: {
    201: { description: 'Subscribed', content: json(FeedCreatedSchema) },
    200: { description: 'Already subscribed', content: json(FeedCreatedSchema) },
    400: { description: 'Invalid or malformed body', content: json(ErrorSchema) },
    401: { description: 'API key missing or wrong', content: json(ErrorSchema) },
    413: { description: 'Body too large', content: json(ErrorSchema) },
    415: { description: 'Body not application/json', content: json(ErrorSchema) },
    422: { description: 'A URL whose address the server does not fetch (private, loopback, link-local...)', content: json(ErrorSchema) },
  },
});

const removeFeed = createRoute({
  method: 'delete',
  path: '/api/feeds',
  summary: 'Unsubscribe (stored reports stay)',
  request: { query: FeedQuerySchema },
  responses: {
    204: { description: 'Unsubscribed' },
    400: { description: 'Invalid query', content: json(ErrorSchema) },
    401: { description: 'API key missing or wrong', content: json(ErrorSchema) },
    404: { description: 'Not subscribed', content: json(ErrorSchema) },
  },
});

export function registerFeedRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(listFeeds, async (c) => {
    const feeds = await deps.store.listFeeds();
    return c.json(feeds.map((f) => ({ url: f.url, title: f.title, addedAt: f.addedAt, lastPolledAt: f.lastPolledAt, nextPollAt: f.nextPollAt, errorCount: f.errorCount, lastError: f.lastError })), 200);
  });

  app.openapi(addFeed, async (c) => {
    const url = new URL(c.req.valid('json').url).href;
    // Said in the answer, as for a report's URL and `feeds add`: every poll of it would be refused.
    const reason = (await deps.urlRefusal?.(url)) ?? null;
    if (reason !== null) throw new NewsbriefError('REFUSED', `Cannot subscribe to ${url}: ${reason}; the server allows it with --allow-private or --allow-host`, { url });
    const isNew = await deps.store.addFeed(url, deps.now().toISOString());
    if (isNew) deps.wake();
    return c.json({ url, isNew }, isNew ? 201 : 200);
  });

  app.openapi(removeFeed, async (c) => {
    const url = new URL(c.req.valid('query').url).href;
    if (!(await deps.store.removeFeed(url))) return c.json({ error: `Not subscribed to ${url}` }, 404);
    return c.body(null, 204);
  });
}
