/** @module Fetches one URL safely: public addresses only (checked at every hop), bounded time, bytes and redirects. */
import { isIP } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { isNewsbriefError, NewsbriefError } from '../../errors.js';
import { bareHost, refusalReason, type AddressPolicy } from './address-policy.js';
import { readLimitedBody } from './read-limited-body.js';
import { createSafeLookup, refusedError, type ResolveHost } from './safe-lookup.js';

/** Whole fetch, redirects and body included. News pages and feeds arrive in 1-2 s; 15 s tolerates a slow host without stalling a poll. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** News pages are 50-500 KB of HTML and feeds less; 5 MiB leaves room for inline scripts and refuses videos and PDFs. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Browsers follow 20; a news link takes 1-3 hops (tracker, http to https, canonical), so 5 is generous. */
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'newsbrief/0.1 (news reader; +https://github.com/newsbrief)';

export interface FetchOptions extends AddressPolicy {
  /** Default DEFAULT_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** Default DEFAULT_MAX_BYTES (after decompression). */
  readonly maxBytes?: number;
  /** Default DEFAULT_MAX_REDIRECTS. */
  readonly maxRedirects?: number;
  /** Host resolution; default the system resolver. Tests map names here. */
  readonly resolve?: ResolveHost;
}

export interface FetchRequest {
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export interface FetchedResource {
  /** The address after redirects. */
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly contentType: string | null;
  readonly body: Uint8Array;
  /** Every address redirected to, in order. */
  readonly redirects: readonly string[];
}

export interface Fetcher {
  fetch(url: string, request?: FetchRequest): Promise<FetchedResource>;
  close(): Promise<void>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function parseHttpUrl(raw: string, from?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, from);
  } catch (cause) {
    throw new NewsbriefError('BAD_INPUT', `Cannot fetch "${raw}": expected an http(s) URL`, { url: raw, cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // REFUSED, not FETCH: no retry makes a file: or ftp: address (given, or redirected to) fetchable.
    const via = from === undefined ? '' : ` (redirected from ${from})`;
    throw new NewsbriefError('REFUSED', `Cannot fetch ${url.href}${via}: expected http or https, got ${url.protocol}`, { url: url.href });
  }
  return url;
}

/** A literal IP in the URL never goes through DNS lookup, so it is judged here. */
function checkLiteralHost(url: URL, policy: AddressPolicy): void {
  const host = bareHost(url.hostname);
  if (isIP(host) === 0) return;
  const reason = refusalReason(host, host, policy);
  if (reason !== null) throw refusedError(host, reason);
}

function findNewsbriefError(error: unknown): NewsbriefError | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (isNewsbriefError(e)) return e;
  }
  return null;
}

/**
 * A fetcher with one connection pool whose DNS lookup enforces the address policy. Redirects are
 * followed by hand so each hop's URL is checked again; the time limit covers the whole fetch.
 */
export function createFetcher(options: FetchOptions = {}): Fetcher {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const agent = new Agent({ connect: { lookup: createSafeLookup(options, options.resolve), timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });

  async function fetchOnce(start: string, request: FetchRequest, signal: AbortSignal): Promise<FetchedResource> {
    const redirects: string[] = [];
    let url = parseHttpUrl(start);
    for (;;) {
      checkLiteralHost(url, options);
      const response = await undiciFetch(url.href, {
        dispatcher: agent,
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: '*/*', ...request.headers },
      });
      const location = response.headers.get('location');
      if (REDIRECT_STATUSES.has(response.status) && location !== null) {
        await response.body?.cancel();
        if (redirects.length >= maxRedirects) {
          throw new NewsbriefError('FETCH', `Cannot fetch ${start}: more than ${maxRedirects} redirects (last to ${location})`, { url: start });
        }
        url = parseHttpUrl(location, url.href);
        redirects.push(url.href);
        continue;
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      const body = await readLimitedBody(response, maxBytes, url.href);
      return { url: url.href, status: response.status, headers, contentType: headers['content-type'] ?? null, body, redirects };
    }
  }

  return {
    async fetch(url, request = {}) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = request.signal === undefined ? timeout : AbortSignal.any([timeout, request.signal]);
      try {
        return await fetchOnce(url, request, signal);
      } catch (error) {
        const known = findNewsbriefError(error);
        if (known !== null) throw known;
        if (timeout.aborted) throw new NewsbriefError('FETCH', `Cannot fetch ${url}: no complete answer within ${timeoutMs} ms`, { url, cause: error });
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        const found = cause instanceof Error ? cause.message : String(cause);
        throw new NewsbriefError('FETCH', `Cannot fetch ${url}: ${found}`, { url, cause: error });
      }
    },
    close: () => agent.close(),
  };
}
