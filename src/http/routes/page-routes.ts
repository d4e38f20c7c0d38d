/** @module GET / (the page) and GET /assets/{name} (its stylesheet and the client modules compiled from src/web). */
import { readFile } from 'node:fs/promises';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { PAGE_CSS } from '../web/page-css.js';
import { pageHtml } from '../web/page-html.js';
import { AssetParamsSchema, ErrorSchema } from '../schemas.js';

/** The compiled client (dist/src/web) beside this file's folder (dist/src/http/routes). */
const CLIENT_DIR = new URL('../../web/', import.meta.url);

const page = createRoute({
  method: 'get',
  path: '/',
  summary: 'The reading page',
  responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } } },
});

const asset = createRoute({
  method: 'get',
  path: '/assets/{name}',
  summary: "The page's stylesheet and script modules",
  request: { params: AssetParamsSchema },
  responses: {
    200: { description: 'CSS or JavaScript', content: { 'text/javascript': { schema: z.string() }, 'text/css': { schema: z.string() } } },
    404: { description: 'No such asset', content: { 'application/json': { schema: ErrorSchema } } },
  },
});

const cache = new Map<string, string>();

async function readClientModule(name: string): Promise<string | null> {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  try {
    const text = (await readFile(new URL(name, CLIENT_DIR), 'utf8')).replace(/\n\/\/# sourceMappingURL=.*$/m, '');
    cache.set(name, text);
    return text;
  } catch {
    return null;
  }
}

export function registerPageRoutes(app: OpenAPIHono, apiKey: string | null): void {
  const html = pageHtml({ hasApiKey: apiKey !== null && apiKey !== '' });
  app.openapi(page, (c) => c.html(html, 200));
  app.openapi(asset, async (c) => {
    const { name } = c.req.valid('param');
    if (name === 'styles.css') return c.body(PAGE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' });
    const text = name.endsWith('.js') ? await readClientModule(name) : null;
    if (text === null) return c.json({ error: `No asset "${name}"` }, 404);
    return c.body(text, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  });
}
