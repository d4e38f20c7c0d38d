/** @module Polls the due feeds: new item URLs are queued in the same transaction as the feed's new state, so a crash cannot skip them. */
import { pollFeed, scheduleNextPoll, type ScheduleOptions } from '../ingest/feed/index.js';
import { unexpectedMessage } from '../errors.js';
import type { Feed } from '../store/index.js';
import { emit, nowIso, type StreamContext } from './stream-context.js';

export interface PollSummary {
  readonly feeds: number;
  readonly newItems: number;
  readonly errors: number;
}

async function pollOne(context: StreamContext, feed: Feed, options: ScheduleOptions, signal?: AbortSignal): Promise<{ newItems: number; isError: boolean }> {
  await context.hostGate.wait(feed.url);
  const result = await pollFeed({ url: feed.url, etag: feed.etag, lastModified: feed.lastModified }, context.fetcher, context.now(), signal);
  const now = context.now();
  const isError = result.kind === 'error';
  const schedule = scheduleNextPoll(feed.errorCount, isError, now, { ...options, retryAfterMs: result.kind === 'error' ? result.retryAfterMs : null });
  const poll = {
    url: feed.url,
    title: result.kind === 'updated' ? result.title ?? feed.title : feed.title,
    etag: result.kind === 'updated' ? result.etag : feed.etag,
    lastModified: result.kind === 'updated' ? result.lastModified : feed.lastModified,
    polledAt: now.toISOString(),
    nextPollAt: schedule.nextPollAt.toISOString(),
    errorCount: schedule.errorCount,
    lastError: result.kind === 'error' ? result.message : null,
    lastStatus: result.status,
  };
  const items = result.kind === 'updated' ? result.items.map((item) => ({ url: item.url, title: item.title, publishedAt: item.publishedAt })) : [];
  let outcomes;
  try {
    outcomes = await context.store.enqueueUrls(items, nowIso(context), { feedUrl: feed.url, poll });
  } catch (error) {
    if (signal?.aborted === true || result.kind === 'error') throw error;
    // The store refused this feed's items (a bug or data it cannot hold): the feed's error, backed off like any
    // other, rather than a pass that stops at this feed every time it restarts. If even that cannot be stored, the
    // store is down and the pass stops.
    const message = `Cannot store the items of feed ${feed.url}: internal error (${unexpectedMessage(error)})`;
    const backoff = scheduleNextPoll(feed.errorCount, true, now, { ...options, retryAfterMs: null });
    const failed = { ...poll, title: feed.title, etag: feed.etag, lastModified: feed.lastModified, nextPollAt: backoff.nextPollAt.toISOString(), errorCount: backoff.errorCount, lastError: message };
    try {
      await context.store.enqueueUrls([], nowIso(context), { feedUrl: feed.url, poll: failed });
    } catch {
      throw error;
    }
    emit(context, { kind: 'feed-polled', url: feed.url, result: 'error', newItems: 0, message });
    return { newItems: 0, isError: true };
  }
  const newItems = outcomes.filter((o) => o.kind === 'added').length;
  emit(context, { kind: 'feed-polled', url: feed.url, result: result.kind, newItems, ...(result.kind === 'error' ? { message: result.message } : {}) });
  return { newItems, isError };
}

/** Polls every feed whose next poll is due (all of them with `all`). */
export async function pollFeeds(context: StreamContext, options: ScheduleOptions & { readonly all?: boolean } = {}, signal?: AbortSignal): Promise<PollSummary> {
  const feeds = options.all === true ? await context.store.listFeeds() : await context.store.dueFeeds(nowIso(context));
  let newItems = 0;
  let errors = 0;
  for (const feed of feeds) {
    if (signal?.aborted === true) break;
    const outcome = await pollOne(context, feed, options, signal);
    newItems += outcome.newItems;
    if (outcome.isError) errors += 1;
  }
  return { feeds: feeds.length, newItems, errors };
}
