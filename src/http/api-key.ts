/** @module Write routes require the operator's API key when NEWSBRIEF_API_KEY is set: `Authorization: Bearer KEY` or `X-API-Key: KEY`. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Compared as SHA-256 digests, so the comparison takes the same time whatever the length of the guess. */
export function isSameKey(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function presentedKey(authorization: string | undefined, xApiKey: string | undefined): string | null {
  if (xApiKey !== undefined && xApiKey !== '') return xApiKey;
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return match?.[1]?.trim() ?? null;
}

/** A no-op without a key; otherwise 401 on every write without the right key. */
export function requireApiKey(apiKey: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (apiKey === null || apiKey === '' || READ_METHODS.has(c.req.method)) return next();
    const given = presentedKey(c.req.header('authorization'), c.req.header('x-api-key'));
    if (given === null || !isSameKey(given, apiKey)) {
      c.header('WWW-Authenticate', 'Bearer realm="newsbrief"');
      return c.json({ error: given === null ? 'This server requires an API key: send "Authorization: Bearer KEY" or "X-API-Key: KEY"' : 'Wrong API key' }, 401);
    }
    return next();
  };
}
