/** @module SQL for feed subscriptions and their poll state (validators, schedule, errors). */
import { toFeed } from '../rows.js';
import type { SqlQueryable } from '../sql-client.js';
import type { Feed, FeedPollUpdate } from '../store.js';

const FEED_COLUMNS = 'url, title, added_at, etag, last_modified, last_polled_at, next_poll_at, error_count, last_error, last_status';

/** Subscribes; a new feed is due at once. False when already subscribed. */
export async function addFeed(tx: SqlQueryable, url: string, now: string): Promise<boolean> {
  const result = await tx.query('insert into feeds (url, added_at, next_poll_at) values ($1, $2::timestamptz, $2::timestamptz) on conflict (url) do nothing', [url, now]);
  return result.affectedRows === 1;
}

export async function removeFeed(tx: SqlQueryable, url: string): Promise<boolean> {
  return (await tx.query('delete from feeds where url = $1', [url])).affectedRows === 1;
}

export async function listFeeds(tx: SqlQueryable): Promise<Feed[]> {
  return (await tx.query(`select ${FEED_COLUMNS} from feeds order by added_at, url`)).rows.map(toFeed);
}

export async function dueFeeds(tx: SqlQueryable, now: string): Promise<Feed[]> {
  return (await tx.query(`select ${FEED_COLUMNS} from feeds where next_poll_at <= $1::timestamptz order by next_poll_at, url`, [now])).rows.map(toFeed);
}

export async function recordPoll(tx: SqlQueryable, u: FeedPollUpdate): Promise<void> {
  await tx.query(
    `update feeds set title = $2, etag = $3, last_modified = $4, last_polled_at = $5::timestamptz, next_poll_at = $6::timestamptz,
       error_count = $7, last_error = $8, last_status = $9 where url = $1`,
    [u.url, u.title, u.etag, u.lastModified, u.polledAt, u.nextPollAt, u.errorCount, u.lastError, u.lastStatus],
  );
}
