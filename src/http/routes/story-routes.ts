/** @module GET /api/stories (newest activity first, or ranked search over headlines, summaries and entity names) and GET /api/stories/{id} (the stored brief, never rebuilt on read). */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps.js';
import { ErrorSchema, StoryDetailSchema, StoryListItemSchema, StoryListQuerySchema, StoryParamsSchema, StoryQuerySchema } from '../schemas.js';
import { toReportView, toStoryListItem } from '../story-views.js';

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const listStories = createRoute({
  method: 'get',
  path: '/api/stories',
  summary: 'Stories, newest activity first; with q, the stories matching it, best match first',
  request: { query: StoryListQuerySchema },
  responses: {
    200: { description: 'The stories', content: json(z.array(StoryListItemSchema)) },
    400: { description: 'Invalid query', content: json(ErrorSchema) },
  },
});

const getStory = createRoute({
  method: 'get',
  path: '/api/stories/{id}',
  summary: "A story's brief (as `brief --format json`), its versions and its reports",
  request: { params: StoryParamsSchema, query: StoryQuerySchema },
  responses: {
    200: { description: 'The story', content: json(StoryDetailSchema) },
    404: { description: 'No such story or version', content: json(ErrorSchema) },
  },
});

export function registerStoryRoutes(app: OpenAPIHono, deps: AppDeps): void {
  // The latest version of each story read is served from memory when the server keeps it (start-server.ts).
  const cache = deps.storyCache;

  app.openapi(listStories, async (c) => {
    const { q, limit } = c.req.valid('query');
    const stories = q === undefined ? await deps.store.listStories(limit) : await deps.store.searchStories(q, limit);
    return c.json(stories.map(toStoryListItem), 200);
  });

  app.openapi(getStory, async (c) => {
    const { id } = c.req.valid('param');
    const { version: asked } = c.req.valid('query');
    if (asked === undefined && cache !== undefined) {
      const body = await cache.detail(id);
      if (body === null) return c.json({ error: `No story "${id}"` }, 404);
      // The cache holds the body already serialised from the same fields c.json is given below (the
      // route's typing only knows c.json bodies; the OpenAPI and app tests check this one's shape).
      return c.body(body, 200, { 'content-type': 'application/json' }) as never;
    }
    const story = await deps.store.getStory(id);
    if (story === null) return c.json({ error: `No story "${id}"` }, 404);
    const [version, reports] = await Promise.all([deps.store.storyVersion(id, asked), deps.store.storyReports(id)]);
    if (version === null && asked !== undefined) return c.json({ error: `Story ${id} has no version ${asked} (latest is ${story.latestVersion})` }, 404);
    const versions = Array.from({ length: story.latestVersion }, (_, i) => story.latestVersion - i);
    return c.json(
      {
        story: toStoryListItem(story),
        version: version?.version ?? null,
        createdAt: version?.createdAt ?? null,
        versions,
        changes: version?.changes ?? null,
        // Stored as brief() returned it; typed loosely here because the analyze stage owns its shape.
        brief: (version?.brief ?? null) as z.infer<typeof StoryDetailSchema>['brief'],
        reports: reports.map((r) => toReportView(r)),
      },
      200,
    );
  });
}
