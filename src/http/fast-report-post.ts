/**
 * @module `POST /api/reports` with a JSON body on plain node:http, beside the hono app: the same
 * schema, body limit, API key check, handler (`storeReport`) and security headers, without hono's
 * Request, Response and web-stream objects, which were the largest share of the HTTP thread's work
 * per posted report, and reads of briefs wait behind that thread (docs/design-web.md, Measures).
 * Any request that is not the plain case (a query string, another content type, no length, a
 * missing or wrong key) goes to the app untouched; a body that does not parse or validate is handed
 * to the app too, so every error answer is the app's own. The route stays in /openapi.json.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isSameKey, presentedKey } from './api-key.js';
import type { AppDeps } from './app-deps.js';
import { errorReply, SECURE_HEADERS_OPTIONS } from './create-app.js';
import { storeReport } from './routes/report-routes.js';
import { ReportInputSchema } from './schemas.js';

/** `application/json`, optionally with a UTF-8 charset (what hono's JSON validator reads as JSON too). */
const PLAIN_JSON = /^application\/json\s*(;\s*charset=("?)utf-8\2\s*)?$/i;

/** A request listener that answers the plain case and returns true, or returns false and leaves the request alone. */
export type FastListener = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The headers hono's app puts on a `c.json` answer (security headers, content type), read once
 * from a one-route app with the same middleware, so the two paths cannot drift apart.
 */
async function jsonHeaders(): Promise<Record<string, string>> {
  const probe = new Hono();
  probe.use('*', secureHeaders(SECURE_HEADERS_OPTIONS));
  probe.get('/', (c) => c.json({}));
  const response = await probe.request('/');
  return Object.fromEntries([...response.headers].filter(([name]) => name !== 'content-length'));
}

export async function createFastReportPost(appFetch: (request: Request) => Response | Promise<Response>, deps: AppDeps, bodyLimitBytes: number): Promise<FastListener> {
  const headers = await jsonHeaders();
  const send = (res: ServerResponse, status: number, body: unknown): void => {
    const json = JSON.stringify(body);
    res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(json) }).end(json);
  };
  /** Hands a request whose body was read here to the app, and writes the app's answer. */
  const toApp = async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    const requestHeaders = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) requestHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
    const response = await appFetch(new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method: 'POST', headers: requestHeaders, body: new Uint8Array(body) }));
    const answer = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': answer.byteLength }).end(answer);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    let input: unknown;
    try {
      // Fatal: a replacement character would be stored as if the client had sent it. The app answers the refusal.
      input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return toApp(req, res, body);
    }
    const parsed = ReportInputSchema.safeParse(input);
    if (!parsed.success) return toApp(req, res, body);
    try {
      const { status, body: created } = await storeReport(deps, parsed.data, false);
      send(res, status, created);
    } catch (error) {
      const { status, body: message } = errorReply(error);
      send(res, status, message);
    }
  };
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/reports') return false;
    if (!PLAIN_JSON.test(req.headers['content-type'] ?? '')) return false;
    const length = Number(req.headers['content-length'] ?? NaN);
    if (!Number.isInteger(length) || length <= 0 || length > bodyLimitBytes || req.headers['transfer-encoding'] !== undefined) return false;
    if (deps.apiKey !== null && deps.apiKey !== '') {
      const given = presentedKey(req.headers.authorization, firstValue(req.headers['x-api-key']));
      if (given === null || !isSameKey(given, deps.apiKey)) return false;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.byteLength;
      chunks.push(chunk);
    });
    req.on('end', () => {
      // Node's parser stops at the declared length, so `received` cannot exceed it; a short body ends the request with an error instead.
      handle(req, res, Buffer.concat(chunks, received)).catch((error: unknown) => {
        const { status, body } = errorReply(error);
        if (!res.headersSent) send(res, status, body);
        else res.destroy();
      });
    });
    return true;
  };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
