/**
 * @module Stores text reports that arrive together in one statement: while one insert is at the
 * store, the reports posted meanwhile wait and go as the next multi-row insert. The server's
 * clients post concurrently, and each statement is a round trip to the store's thread plus
 * PostgreSQL's parse and plan.
 */
import type { Report } from '../../types.js';
import { textHash } from '../dedupe-keys.js';
import type { SqlQueryable } from '../sql-client.js';
import type { AddOutcome } from '../store.js';
import { z } from 'zod';

/** Most reports in one insert: 8 clients post at once in bench:serve; more would only make one statement long. */
export const MAX_TEXT_BATCH = 32;

interface Waiting {
  readonly report: Report;
  readonly now: string;
  readonly resolve: (outcome: AddOutcome) => void;
  readonly reject: (error: unknown) => void;
}

const insertedRow = z.object({ id: z.string(), text_hash: z.string() });

/**
 * Inserts the reports in the given order (ids in that order), each unless its text is stored or
 * is the text of an earlier report of the batch; those get the first stored report's id. Texts
 * known to be stored take no id from the sequence (ids stay dense, as with one report at a time);
 * `on conflict` covers one stored meanwhile by another process.
 */
async function insertTexts(q: SqlQueryable, batch: readonly Waiting[]): Promise<AddOutcome[]> {
  const rows = batch.map((w, k) => {
    const r = w.report;
    return { k, title: r.title, source: r.source, published_at: r.publishedAt, path: r.path, author: r.author ?? null, text: r.text, hash: textHash(r.text), non_article: r.nonArticle, origins: r.origins ?? {}, added_at: w.now };
  });
  const inserted = await q.query(
    `insert into reports (seq, id, status, title, source, published_at, path, author, text, text_hash, non_article, origins, added_at)
     select n.s, 'r' || n.s, 'pending', n.title, n.source, n.published_at, n.path, n.author, n.text, n.hash, n.non_article, n.origins, n.added_at
     from (select nextval('report_seq') as s, a.* from (
             select * from jsonb_to_recordset($1::jsonb)
               as a(k int, title text, source text, published_at text, path text, author text, text text, hash text, non_article jsonb, origins jsonb, added_at timestamptz)
             where not exists (select 1 from reports r where r.text_hash = a.hash)
               and a.k = (select min(b.k) from jsonb_to_recordset($1::jsonb) as b(k int, hash text) where b.hash = a.hash)
             order by a.k) a) n
     order by n.k
     on conflict (text_hash) do nothing returning id, text_hash`,
    [JSON.stringify(rows)],
  );
  const stored = new Map(inserted.rows.map((row) => insertedRow.parse(row)).map((row) => [row.text_hash, row.id]));
  const unknown = rows.filter((row) => !stored.has(row.hash)).map((row) => row.hash);
  if (unknown.length > 0) {
    const found = await q.query('select id, text_hash from reports where text_hash in (select jsonb_array_elements_text($1::jsonb))', [JSON.stringify(unknown)]);
    for (const row of found.rows) stored.set(insertedRow.parse(row).text_hash, insertedRow.parse(row).id);
  }
  const added = new Set(inserted.rows.map((row) => insertedRow.parse(row).text_hash));
  return rows.map((row): AddOutcome => {
    const id = stored.get(row.hash);
    if (id === undefined) throw new Error(`report ${row.k + 1} of the batch was neither stored nor found by its text`);
    if (added.delete(row.hash)) return { kind: 'added', id };
    return { kind: 'duplicate', id: null, duplicateOf: id };
  });
}

/** `add(report, now)` stores a report without an address; calls made while an insert runs share the next one. */
export function createTextReportBatcher(q: SqlQueryable, maxBatch = MAX_TEXT_BATCH): (report: Report, now: string) => Promise<AddOutcome> {
  const queue: Waiting[] = [];
  let isRunning = false;
  async function drain(): Promise<void> {
    isRunning = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const outcomes = await insertTexts(q, batch);
        batch.forEach((w, i) => w.resolve(outcomes[i]!));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    isRunning = false;
  }
  return (report, now) =>
    new Promise<AddOutcome>((resolve, reject) => {
      queue.push({ report, now, resolve, reject });
      if (!isRunning) void drain();
    });
}
