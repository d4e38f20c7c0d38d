/** @module The HTTP app: security headers, body limit, API key on writes, the routes, and /openapi.json generated from their schemas. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { isNewsbriefError } from '../errors.js';
import { requireApiKey } from './api-key.js';
import type { AppDeps } from './app-deps.js';
import { describeIssues } from './issue-message.js';
import { registerEventRoutes } from './routes/event-routes.js';
import { registerFeedRoutes } from './routes/feed-routes.js';
import { registerPageRoutes } from './routes/page-routes.js';
import { registerReportRoutes } from './routes/report-routes.js';
import { registerStoryRoutes } from './routes/story-routes.js';

/** 2 MiB: a long article page with inline markup fits; anything larger is not one report. */
export const DEFAULT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Not-found and error codes the interface maps NewsbriefError codes to. */
const CLIENT_ERROR_CODES = new Set(['BAD_INPUT', 'BAD_OPTION', 'NOT_ARTICLE', 'EMPTY', 'DECODE', 'BINARY', 'TOO_LARGE', 'NO_REPORTS', 'REFUSED']);

/** Every response's security headers (also those of the server's plain-node POST path, fast-report-post.ts). */
export const SECURE_HEADERS_OPTIONS = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
} as const satisfies Parameters<typeof secureHeaders>[0];

/**
 * What an error thrown by a handler becomes: a client error for bad input, else 500 (logged).
 * Shared with the plain-node POST path.
 */
export function errorReply(error: unknown): { readonly status: 400 | 422 | 500; readonly body: { readonly error: string } } {
  if (isNewsbriefError(error) && CLIENT_ERROR_CODES.has(error.code)) return { status: error.code === 'NOT_ARTICLE' || error.code === 'REFUSED' ? 422 : 400, body: { error: error.message } };
  console.error(error);
  return { status: 500, body: { error: 'Internal error' } };
}

/**
 * The API's `{ error }` body for an HTTPException thrown by hono before a handler runs: the JSON
 * validator's malformed body, the body-route gate's unsupported content type (every body route takes JSON).
 */
function httpExceptionBody(error: HTTPException, contentType: string | undefined): { readonly error: string } {
  if (error.status === 415) {
    return { error: contentType === undefined ? 'Missing content type: expected application/json' : `Unsupported content type ${JSON.stringify(contentType)}: expected application/json` };
  }
  if (error.message === 'Malformed JSON in request body') return { error: 'Malformed JSON in request body: expected one JSON object' };
  return { error: error.message === '' ? `HTTP ${error.status}` : error.message };
}

/** JSON bodies must be UTF-8 (RFC 8259): a body that is not is refused, not read with replacement characters and stored. */
const requireUtf8Body: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
    } catch {
      return c.json({ error: 'Request body is not valid UTF-8: expected JSON in UTF-8' }, 400);
    }
  }
  await next();
  return undefined;
};

/** The methods the app routes for `path` (HEAD with GET, as hono answers it), from its route table. */
function allowedMethods(app: OpenAPIHono, path: string): string[] {
  const methods = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const pattern = new RegExp(`^${route.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}/?$`);
    if (!pattern.test(path)) continue;
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
  }
  return [...methods].sort();
}

export interface AppOptions {
  /** Default DEFAULT_BODY_LIMIT_BYTES. */
  readonly bodyLimitBytes?: number;
}

export function createApp(deps: AppDeps, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(describeIssues(result.error, result.target), 400);
      return undefined;
    },
  });
  app.use('*', secureHeaders(SECURE_HEADERS_OPTIONS));
  app.use('/api/*', requireApiKey(deps.apiKey));
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  app.use('/api/*', bodyLimit({ maxSize: limit, onError: (c) => c.json({ error: `Request body too large: at most ${limit} bytes` }, 413) }));

  app.use('/api/*', requireUtf8Body);

  registerReportRoutes(app, deps);
  registerStoryRoutes(app, deps);
  registerFeedRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerPageRoutes(app, deps.apiKey);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'newsbrief', version: '0.1.0', description: 'Stories from a stream of news reports, each with a faithful brief. Write routes need `Authorization: Bearer KEY` or `X-API-Key` when the server has NEWSBRIEF_API_KEY.' },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer' });

  app.notFound((c) => {
    // A known path asked with another method is 405 with the methods it has (RFC 9110 §15.5.6), not 404.
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '));
      return c.json({ error: `Method ${c.req.method} is not allowed on ${c.req.path}: expected ${allowed.join(', ')}` }, 405);
    }
    return c.json({ error: `No route ${c.req.method} ${c.req.path}: see /openapi.json` }, 404);
  });
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      // An exception that brings its own response keeps it; hono's bare ones (malformed JSON, 415) would answer in plain text.
      if (error.res !== undefined) return error.getResponse();
      return c.json(httpExceptionBody(error, c.req.header('content-type')), error.status);
    }
    const { status, body } = errorReply(error);
    return c.json(body, status);
  });
  return app;
}
