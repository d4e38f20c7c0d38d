/** @module SQL for reports: storing with de-duplication, the queued and pending work lists, fetch outcomes. */
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';
import type { Report } from '../../types.js';
import { textHash, urlKey } from '../dedupe-keys.js';
import { countRowSchema, idRowSchema, reportIdRowSchema, toStoredReport } from '../rows.js';
import type { SqlQueryable } from '../sql-client.js';
import type { AddOutcome, QueuedUrl, StatusCounts, StoredReport } from '../store.js';

const idTextRowSchema = z.object({ id: z.string(), text: z.string().nullable() });

export const REPORT_COLUMNS = `id, status, fetch_url, feed_url, url, path, title, source, published_at, author, text, non_article, origins,
  story_id, similarity, near_duplicate_of, duplicate_of, attempts, error, added_at`;

function keysOf(...urls: readonly (string | null | undefined)[]): string[] {
  const keys = urls.flatMap((url) => (url === null || url === undefined ? [] : [urlKey(url)])).filter((k): k is string => k !== null);
  return [...new Set(keys)];
}

/** The id of a stored report (other than `except`) known by one of `keys` or with this text hash, or null. */
async function findExisting(tx: SqlQueryable, keys: readonly string[], hash: string | null, except: string | null = null): Promise<string | null> {
  if (keys.length > 0) {
    const byUrl = await tx.query('select report_id from report_urls where url_key in (select jsonb_array_elements_text($1::jsonb)) and report_id is distinct from $2 limit 1', [JSON.stringify(keys), except]);
    if (byUrl.rows[0] !== undefined) return reportIdRowSchema.parse(byUrl.rows[0]).report_id;
  }
  if (hash !== null) {
    const byText = await tx.query('select id from reports where text_hash = $1 and id is distinct from $2 limit 1', [hash, except]);
    if (byText.rows[0] !== undefined) return idRowSchema.parse(byText.rows[0]).id;
  }
  return null;
}

async function claimKeys(tx: SqlQueryable, keys: readonly string[], id: string): Promise<void> {
  for (const key of keys) await tx.query('insert into report_urls (url_key, report_id) values ($1, $2) on conflict do nothing', [key, id]);
}

interface NewRow {
  readonly status: 'queued' | 'pending';
  readonly fetchUrl: string | null;
  readonly feedUrl: string | null;
  readonly report: Report;
  readonly hash: string | null;
  readonly now: string;
}

/**
 * Inserts the row and returns its id, or null when its text is stored already (checked in the same
 * statement, so a duplicate takes no sequence number and ids stay gapless) or a concurrent transaction committed the same text
 * first (on PostgreSQL with a pool, two adds of one text can both pass findExisting; PGlite runs one
 * transaction at a time). `on conflict` waits for that transaction, so the caller then finds its row.
 */
async function insertReport(tx: SqlQueryable, row: NewRow): Promise<string | null> {
  const r = row.report;
  const result = await tx.query(
    `insert into reports (seq, id, status, fetch_url, feed_url, url, path, title, source, published_at, author, text, text_hash, non_article, origins, added_at)
     select n.s, 'r' || n.s, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb, $14::timestamptz
     from (select nextval('report_seq') as s where $11::text is null or not exists (select 1 from reports where text_hash = $11)) n
     on conflict (text_hash) do nothing
     returning id`,
    [row.status, row.fetchUrl, row.feedUrl, r.url, r.path, r.title, r.source, r.publishedAt, r.author ?? null, r.text, row.hash, JSON.stringify(r.nonArticle), JSON.stringify(r.origins ?? {}), row.now],
  );
  return result.rows[0] === undefined ? null : idRowSchema.parse(result.rows[0]).id;
}

/** Whether storing `report` claims addresses, which needs a transaction; a text report is one statement (`addReport`). */
export function hasAddress(report: Report): boolean {
  return keysOf(report.url).length > 0;
}

/**
 * Stores a report unless its address or text is stored. Without an address (posted text, a file)
 * it is one statement, which may run outside a transaction: insert unless the text is stored. A POST was a look-up and
 * an insert in a transaction, four round trips to the store thread in the server, the look-up
 * alone 1.6 s of its statement time in a bench:serve run (docs/design-web.md, Measures).
 */
export async function addReport(tx: SqlQueryable, report: Report, now: string): Promise<AddOutcome> {
  const keys = keysOf(report.url);
  const hash = textHash(report.text);
  if (keys.length === 0) {
    const id = await insertReport(tx, { status: 'pending', fetchUrl: null, feedUrl: null, report, hash, now });
    return id !== null ? { kind: 'added', id } : { kind: 'duplicate', id: null, duplicateOf: (await findExisting(tx, [], hash)) ?? '' };
  }
  const existing = await findExisting(tx, keys, hash);
  if (existing !== null) return { kind: 'duplicate', id: null, duplicateOf: existing };
  const id = await insertReport(tx, { status: 'pending', fetchUrl: null, feedUrl: null, report, hash, now });
  if (id === null) return { kind: 'duplicate', id: null, duplicateOf: (await findExisting(tx, [], hash)) ?? '' };
  await claimKeys(tx, keys, id);
  return { kind: 'added', id };
}

export async function enqueueUrl(tx: SqlQueryable, item: QueuedUrl, feedUrl: string | null, now: string): Promise<AddOutcome> {
  const keys = keysOf(item.url);
  if (keys.length === 0) throw new NewsbriefError('BAD_INPUT', `Cannot queue "${item.url}": expected an http(s) URL`, { url: item.url });
  const existing = await findExisting(tx, keys, null);
  if (existing !== null) return { kind: 'duplicate', id: null, duplicateOf: existing };
  const placeholder: Report = { id: '', text: '', title: item.title ?? null, source: null, publishedAt: item.publishedAt ?? null, path: null, url: null, nonArticle: [] };
  // No text hash yet, so nothing can conflict: the id is always there.
  const id = (await insertReport(tx, { status: 'queued', fetchUrl: item.url, feedUrl, report: placeholder, hash: null, now }))!;
  await claimKeys(tx, keys, id);
  return { kind: 'added', id };
}

export async function completeFetch(tx: SqlQueryable, id: string, report: Report, now: string): Promise<AddOutcome> {
  const keys = keysOf(report.url);
  const hash = textHash(report.text);
  const existing = await findExisting(tx, keys, hash, id);
  const r = report;
  const meta = [id, r.url, r.title, r.source, r.publishedAt, r.author ?? null, JSON.stringify(r.origins ?? {}), now];
  const setMeta = 'url = $2, title = $3, source = $4, published_at = $5, author = $6, origins = $7::jsonb, processed_at = $8::timestamptz, error = null, next_attempt_at = null';
  if (existing !== null) {
    // The copy is kept as a row (its fetch URL stays claimed, so it is never fetched again) but without its text.
    await tx.query(`update reports set status = 'duplicate', duplicate_of = $9, ${setMeta} where id = $1`, [...meta, existing]);
    return { kind: 'duplicate', id, duplicateOf: existing };
  }
  await tx.query(`update reports set status = 'pending', ${setMeta}, text = $9, text_hash = $10, non_article = $11::jsonb where id = $1 and status = 'queued'`, [
    ...meta,
    r.text,
    hash,
    JSON.stringify(r.nonArticle),
  ]);
  await claimKeys(tx, keys, id);
  return { kind: 'added', id };
}

export async function failFetch(tx: SqlQueryable, id: string, message: string, retryAt: string | null): Promise<void> {
  await tx.query(
    `update reports set attempts = attempts + 1, error = $2, next_attempt_at = $3::timestamptz, status = case when $3::timestamptz is null then 'failed' else 'queued' end where id = $1`,
    [id, message, retryAt],
  );
}

export async function dueFetches(tx: SqlQueryable, now: string, limit: number): Promise<StoredReport[]> {
  const result = await tx.query(`select ${REPORT_COLUMNS} from reports where status = 'queued' and (next_attempt_at is null or next_attempt_at <= $1::timestamptz) order by seq limit $2`, [now, limit]);
  return result.rows.map(toStoredReport);
}

export async function pendingReports(tx: SqlQueryable, limit: number): Promise<StoredReport[]> {
  const result = await tx.query(`select ${REPORT_COLUMNS} from reports where status = 'pending' order by seq limit $1`, [limit]);
  return result.rows.map(toStoredReport);
}

/** REPORT_COLUMNS without the text (null in its place): for a caller that holds the texts already. */
const COLUMNS_BUT_TEXT = REPORT_COLUMNS.replace(/\btext,/, 'null::text as text,');

/**
 * `pendingReports` with each text taken from `texts` (id -> text) when there, and read only for the
 * others: the server's assignment thread is handed each posted text, and reading them back (with
 * their rows posted between threads) was a large share of the store thread's work per report.
 */
export async function pendingReportsWith(tx: SqlQueryable, limit: number, texts: ReadonlyMap<string, string>): Promise<StoredReport[]> {
  const rows = (await tx.query(`select ${COLUMNS_BUT_TEXT} from reports where status = 'pending' order by seq limit $1`, [limit])).rows.map(toStoredReport);
  const missing = rows.filter((r) => !texts.has(r.id)).map((r) => r.id);
  const read = new Map<string, string>();
  if (missing.length > 0) {
    const result = await tx.query('select id, text from reports where id in (select jsonb_array_elements_text($1::jsonb))', [JSON.stringify(missing)]);
    for (const row of result.rows) {
      const { id, text } = idTextRowSchema.parse(row);
      read.set(id, text ?? '');
    }
  }
  return rows.map((r) => ({ ...r, report: { ...r.report, text: texts.get(r.id) ?? read.get(r.id) ?? '' } }));
}

export async function getReport(tx: SqlQueryable, id: string): Promise<StoredReport | null> {
  const row = (await tx.query(`select ${REPORT_COLUMNS} from reports where id = $1`, [id])).rows[0];
  return row === undefined ? null : toStoredReport(row);
}

export async function storyReports(tx: SqlQueryable, storyId: string): Promise<StoredReport[]> {
  const result = await tx.query(`select ${REPORT_COLUMNS} from reports where story_id = $1 and status = 'assigned' order by seq`, [storyId]);
  return result.rows.map(toStoredReport);
}

export async function countByStatus(tx: SqlQueryable): Promise<StatusCounts> {
  const counts = { queued: 0, pending: 0, assigned: 0, duplicate: 0, failed: 0 };
  for (const row of (await tx.query('select status, count(*) as n from reports group by status')).rows) {
    const { status, n } = countRowSchema.parse(row);
    if (status in counts) counts[status as keyof typeof counts] = n;
  }
  return counts;
}
