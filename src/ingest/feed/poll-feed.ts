/** @module Polls one feed with a conditional request (ETag, Last-Modified) and parses what changed. */
import { isNewsbriefError, unexpectedMessage } from '../../errors.js';
import type { Fetcher } from '../fetch/index.js';
import { decodeFeed } from './decode-feed.js';
import { parseRetryAfter } from './feed-schedule.js';
import { parseFeed, type FeedItem } from './parse-feed.js';

/** What is remembered of a feed between polls. */
export interface FeedValidators {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type PollResult =
  | { readonly kind: 'updated'; readonly status: number; readonly title: string | null; readonly items: readonly FeedItem[]; readonly etag: string | null; readonly lastModified: string | null }
  | { readonly kind: 'not-modified'; readonly status: 304 }
  | { readonly kind: 'error'; readonly status: number | null; readonly message: string; readonly retryAfterMs: number | null };

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/**
 * One poll: sends If-None-Match / If-Modified-Since from the last answer, so an unchanged feed
 * costs a 304 and no parsing. Failures come back as `error` results, never thrown, so one bad feed
 * does not stop a poll of many. `now` reads Retry-After dates.
 */
export async function pollFeed(feed: FeedValidators, fetcher: Fetcher, now: Date, signal?: AbortSignal): Promise<PollResult> {
  const headers: Record<string, string> = { accept: ACCEPT };
  if (feed.etag !== null) headers['if-none-match'] = feed.etag;
  if (feed.lastModified !== null) headers['if-modified-since'] = feed.lastModified;
  try {
    const response = await fetcher.fetch(feed.url, signal === undefined ? { headers } : { headers, signal });
    if (response.status === 304) return { kind: 'not-modified', status: 304 };
    if (response.status < 200 || response.status >= 300) {
      return {
        kind: 'error',
        status: response.status,
        message: `Cannot read feed ${feed.url}: HTTP ${response.status}`,
        retryAfterMs: parseRetryAfter(response.headers['retry-after'], now),
      };
    }
    const parsed = parseFeed(decodeFeed(response.body, response.contentType, response.url), response.url, response.contentType);
    return {
      kind: 'updated',
      status: response.status,
      title: parsed.title,
      items: parsed.items,
      etag: response.headers.etag ?? null,
      lastModified: response.headers['last-modified'] ?? null,
    };
  } catch (error) {
    if (isNewsbriefError(error)) return { kind: 'error', status: null, message: error.message, retryAfterMs: null };
    if (signal?.aborted === true) throw error;
    // A bug on one feed's text is that feed's error (it backs off like any other), not the end of every poll after it.
    return { kind: 'error', status: null, message: `Cannot read feed ${feed.url}: internal error (${unexpectedMessage(error)})`, retryAfterMs: null };
  }
}
