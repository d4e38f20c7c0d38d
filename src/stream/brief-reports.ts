/**
 * @module Which of a story's reports its brief reads: one per source, and of a wire report sent again or
 * updated (its later versions are near copies of it) the newest version, so the brief states the newest
 * figures and paragraphs and not the ones they replaced.
 */
import type { StoredReport } from '../store/index.js';
import { countWords } from '../text/index.js';

/**
 * Share of the current version's words a later near copy needs to replace it. A write-thru carries the
 * whole story again: DUC 2004 d31022t's AP updates run 0.95-1.05 of the version before. A trim or a
 * fragment does not ("3rd graf pvs", 0.09; a 1,294-character trim of a 4,585-character story, 0.28), and
 * reading it alone would drop the rest of the story; so a copy under 0.8 of the length leaves the fuller
 * version in place (it still counts as the same source).
 */
export const MIN_UPDATE_LENGTH_SHARE = 0.8;

/** The first report of the chain of near copies `id` belongs to (copies link to a copy when the original no longer contains them). */
function rootOf(id: string, byId: ReadonlyMap<string, StoredReport>): string {
  let current = id;
  const seen = new Set<string>();
  for (;;) {
    const next = byId.get(current)?.nearDuplicateOf ?? null;
    if (next === null || !byId.has(next) || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

/** Earlier by its own date: only when both versions give one (an undated version is ordered by arrival). */
function isDatedBefore(a: StoredReport, b: StoredReport): boolean {
  const at = Date.parse(a.report.publishedAt ?? '');
  const bt = Date.parse(b.report.publishedAt ?? '');
  return Number.isFinite(at) && Number.isFinite(bt) && at < bt;
}

/**
 * The reports a brief reads, in the store's order: for each source (a report that is no near copy, with
 * its near copies) its newest version, the latest to arrive unless it is dated before the version it
 * would replace or is under MIN_UPDATE_LENGTH_SHARE of its length; at most `maxReports` of them, the
 * newest sources. `reports` are the story's reports in the store's order.
 */
export function briefReports(reports: readonly StoredReport[], maxReports: number, minLengthShare = MIN_UPDATE_LENGTH_SHARE): StoredReport[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const newest = new Map<string, { readonly report: StoredReport; readonly words: number }>();
  for (const r of reports) {
    const root = rootOf(r.id, byId);
    const words = countWords(r.report.text);
    const current = newest.get(root);
    if (current === undefined || (words >= minLengthShare * current.words && !isDatedBefore(r, current.report))) newest.set(root, { report: r, words });
  }
  // Sources in the order they first arrived, so the newest sources are the ones kept past maxReports.
  const picked = [...newest.values()].map((v) => v.report);
  const order = new Map(reports.map((r, i) => [r.id, i]));
  return picked.slice(-maxReports).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
