/** @module POST /api/reports (store first, the loop assigns) and GET /api/reports/{id} (with its text, for highlighting). */
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { NewsbriefError } from '../../errors.js';
import type { AppDeps } from '../app-deps.js';
import { toStoredInput, type ReportInput } from '../report-input.js';
import { ErrorSchema, ReportCreatedSchema, ReportInputSchema, ReportParamsSchema, ReportSchema, WaitQuerySchema } from '../schemas.js';
import { toReportView } from '../story-views.js';

/** Longest a `?wait=true` POST holds the connection for its assignment. */
export const MAX_WAIT_MS = 10_000;

const json = <T>(schema: T) => ({ 'application/json': { schema } });

const postReport = createRoute({
  method: 'post',
  path: '/api/reports',
  summary: 'Store a report (text, HTML or URL); the stream loop assigns it to a story',
  request: { query: WaitQuerySchema, body: { required: true, content: json(ReportInputSchema) } },
  responses: {
    201: { description: 'Stored (or queued for fetching)', content: json(ReportCreatedSchema) },
    200: { description: 'Already stored: the earlier report', content: json(ReportCreatedSchema) },
    400: { description: 'Invalid or malformed body', content: json(ErrorSchema) },
    401: { description: 'API key missing or wrong', content: json(ErrorSchema) },
    413: { description: 'Body too large', content: json(ErrorSchema) },
    415: { description: 'Body not application/json', content: json(ErrorSchema) },
    422: { description: 'Text too short for a news report, or a URL whose address the server does not fetch (private, loopback, link-local...)', content: json(ErrorSchema) },
  },
});

const getReport = createRoute({
  method: 'get',
  path: '/api/reports/{id}',
  summary: 'One report with its text (brief offsets point into it)',
  request: { params: ReportParamsSchema },
  responses: {
    200: { description: 'The report', content: json(ReportSchema) },
    404: { description: 'No such report', content: json(ErrorSchema) },
  },
});

export type ReportCreated = z.infer<typeof ReportCreatedSchema>;

/**
 * POST /api/reports once its body is valid: stores the report (or queues its URL) and wakes the
 * loop; 201, or 200 with the earlier report for a duplicate. Shared by the route and the server's
 * plain-node path for the same request (fast-report-post.ts).
 */
export async function storeReport(deps: AppDeps, body: ReportInput, wait: boolean): Promise<{ readonly status: 200 | 201; readonly body: ReportCreated }> {
  const input = toStoredInput(body);
  if (input.kind === 'url') {
    // Said in the answer, not found later in the report's state: the fetcher would refuse it on every attempt.
    const reason = (await deps.urlRefusal?.(input.item.url)) ?? null;
    if (reason !== null) throw new NewsbriefError('REFUSED', `Cannot fetch ${input.item.url}: ${reason}; the server allows it with --allow-private or --allow-host`, { url: input.item.url });
  }
  const now = deps.now().toISOString();
  const outcome = input.kind === 'url' ? (await deps.store.enqueueUrls([input.item], now))[0]! : await deps.store.addReport(input.report, now);
  if (outcome.kind === 'duplicate') {
    const earlier = await deps.store.getReport(outcome.duplicateOf);
    return { status: 200, body: { id: outcome.duplicateOf, story: earlier?.storyId ?? null, status: 'duplicate', duplicateOf: outcome.duplicateOf } };
  }
  if (input.kind === 'report') deps.onStored?.(outcome.id, input.report.text);
  const waiting = wait ? deps.hub.waitForAssignment(outcome.id, MAX_WAIT_MS) : null;
  deps.wake();
  const story = waiting === null ? null : await waiting;
  const status = story !== null ? 'assigned' : input.kind === 'url' ? 'queued' : 'pending';
  return { status: 201, body: { id: outcome.id, story, status, duplicateOf: null } };
}

export function registerReportRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(postReport, async (c) => {
    const { status, body } = await storeReport(deps, c.req.valid('json'), c.req.valid('query').wait === 'true');
    return status === 201 ? c.json(body, 201) : c.json(body, 200);
  });

  app.openapi(getReport, async (c) => {
    const { id } = c.req.valid('param');
    const stored = await deps.store.getReport(id);
    if (stored === null) return c.json({ error: `No report "${id}"` }, 404);
    return c.json(toReportView(stored, true), 200);
  });
}
