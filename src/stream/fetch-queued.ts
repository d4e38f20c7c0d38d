/** @module Fetches queued URLs: politely per host, extracts the article as `newsbrief extract` does, and stores it as pending. */
import { isNewsbriefError, NewsbriefError, unexpectedMessage } from '../errors.js';
import { reportFromHtml } from '../ingest/html/index.js';
import { reportFromText } from '../ingest/index.js';
import type { StoredReport } from '../store/index.js';
import type { Report } from '../types.js';
import { emit, nowIso, type StreamContext } from './stream-context.js';

/** Attempts before a URL is given up: a host down for a poll or two still gets its reports in. */
export const DEFAULT_MAX_FETCH_ATTEMPTS = 4;
/** Wait before the first retry, doubled on each one (5, 10, 20 minutes). */
export const DEFAULT_RETRY_BASE_MS = 5 * 60_000;
/** URLs fetched per batch; each batch's outcomes are committed before the next starts. */
export const FETCH_BATCH = 20;

/** Errors a retry cannot fix: the page is there, but it is not an article we can read. */
const PERMANENT_CODES = new Set(['NOT_ARTICLE', 'DECODE', 'TOO_LARGE', 'BAD_INPUT', 'EMPTY', 'BINARY', 'REFUSED']);

function isPermanent(error: NewsbriefError, status: number | null): boolean {
  if (PERMANENT_CODES.has(error.code)) return true;
  if (/^Refused to connect/.test(error.message)) return true;
  // 4xx other than 408 (timeout) and 429 (rate limit) will not change on a retry.
  return status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** Page bytes to a Report: HTML through the article extractor, plain text as is. Feed hints fill gaps the page leaves. */
function readPage(queued: StoredReport, body: Uint8Array, url: string, contentType: string | null): Report {
  const type = (contentType ?? 'text/html').split(';')[0]!.trim().toLowerCase();
  let report: Report;
  if (type === 'text/plain') {
    // As decodeText refuses a file with a NUL byte (and decodeHtml a page): PostgreSQL text cannot hold one.
    const nul = body.indexOf(0);
    if (nul !== -1) throw new NewsbriefError('BINARY', `Cannot read ${url}: it looks binary (NUL byte at offset ${nul}), expected UTF-8 text`, { url });
    report = reportFromText({ id: queued.id, text: Buffer.from(body).toString('utf8'), url });
  } else if (type === 'text/html' || type === 'application/xhtml+xml') {
    report = reportFromHtml({ html: body, id: queued.id, url, ...(contentType === null ? {} : { contentType }) });
  } else {
    throw new NewsbriefError('NOT_ARTICLE', `Not an article: ${url} is ${type}, expected an HTML page or plain text`, { url });
  }
  const origins = { ...report.origins };
  let { title, publishedAt } = report;
  if (title === null && queued.report.title !== null) [title, origins.title] = [queued.report.title, 'inferred'];
  if (publishedAt === null && queued.report.publishedAt !== null) [publishedAt, origins.publishedAt] = [queued.report.publishedAt, 'inferred'];
  return { ...report, title, publishedAt, origins };
}

async function fetchOne(context: StreamContext, queued: StoredReport, signal?: AbortSignal): Promise<void> {
  const url = queued.fetchUrl!;
  let status: number | null = null;
  try {
    await context.hostGate.wait(url);
    const response = await context.fetcher.fetch(url, signal === undefined ? {} : { signal });
    status = response.status;
    if (status < 200 || status >= 300) throw new NewsbriefError('FETCH', `Cannot fetch ${url}: HTTP ${status}`, { url });
    const report = readPage(queued, response.body, response.url, response.contentType);
    const outcome = await context.store.completeFetch(queued.id, report, nowIso(context));
    if (outcome.kind === 'duplicate') emit(context, { kind: 'duplicate', label: url, of: outcome.duplicateOf });
    else emit(context, { kind: 'fetched', id: queued.id, url });
  } catch (error) {
    if (!isNewsbriefError(error) && signal?.aborted === true) throw error;
    // Anything else (a bug, or the store refusing this page's data) fails this URL like a transient error, so one
    // bad page cannot stop the loop for every other: thrown on, it was retried first on every restart of the pass.
    const message = isNewsbriefError(error) ? error.message : `Cannot read ${url}: internal error (${unexpectedMessage(error)})`;
    const attempts = queued.attempts + 1;
    const willRetry = !(isNewsbriefError(error) && isPermanent(error, status)) && attempts < DEFAULT_MAX_FETCH_ATTEMPTS;
    const retryAt = willRetry ? new Date(context.now().getTime() + DEFAULT_RETRY_BASE_MS * 2 ** (attempts - 1)).toISOString() : null;
    try {
      await context.store.failFetch(queued.id, message, retryAt);
    } catch (storeError) {
      // The store cannot record the failure either (it is down): the pass stops, and the loop restarts it later.
      throw isNewsbriefError(error) ? storeError : error;
    }
    emit(context, { kind: 'fetch-failed', id: queued.id, url, message, willRetry });
  }
}

/** Fetches every queued URL that is due; returns how many were tried. */
export async function fetchQueued(context: StreamContext, signal?: AbortSignal): Promise<number> {
  let tried = 0;
  const seen = new Set<string>();
  for (;;) {
    if (signal?.aborted === true) return tried;
    const batch = (await context.store.dueFetches(nowIso(context), FETCH_BATCH)).filter((r) => !seen.has(r.id));
    if (batch.length === 0) return tried;
    for (const queued of batch) {
      seen.add(queued.id);
      await fetchOne(context, queued, signal);
      tried += 1;
    }
  }
}
