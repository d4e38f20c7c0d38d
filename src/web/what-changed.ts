/** @module What changed between the version a reader last saw and the one shown: new reports by outlet, figures old -> new, in words. */
import type { Brief } from './api.js';
import { groupAmount, keyFigureAmount } from './figure-values.js';
import { plural, reportName, type ReportLabel } from './report-label.js';

export interface FigureShift {
  readonly what: string;
  readonly before: string;
  readonly after: string;
  /** The reports' agreement now ('conflict', 'update', ...) when it is not what it was; else null. */
  readonly status: string | null;
}

export interface StoryChanges {
  readonly sinceVersion: number;
  readonly newReports: readonly string[];
  readonly changedFigures: readonly FigureShift[];
  readonly newFigures: readonly string[];
}

interface Amount {
  readonly amount: string;
  readonly status: string;
}

/** Each figure's value in one line, by what it counts as readers read it ("people killed"): the key figures when the brief has them, else every group's. */
function amounts(brief: Brief): Map<string, Amount> {
  if (brief.keyFigures !== undefined && brief.keyFigures.length > 0) return new Map(brief.keyFigures.map((k) => [k.what, { amount: keyFigureAmount(k), status: k.status }]));
  return new Map(brief.figures.map((g) => [g.what, { amount: groupAmount(g), status: g.status }]));
}

/**
 * The changes from `before` (version `sinceVersion`) to `after`. `addedReports`, the union of the
 * versions' own `changes.newReports` when known, also counts near copies, which leave the brief as it was;
 * without it, the reports the newer brief read that the older did not.
 */
export function storyChanges(sinceVersion: number, before: Brief, after: Brief, addedReports?: readonly string[]): StoryChanges {
  const seen = new Set(before.reports.map((r) => r.id));
  const old = amounts(before);
  const changedFigures: FigureShift[] = [];
  const newFigures: string[] = [];
  for (const [what, now] of amounts(after)) {
    const was = old.get(what);
    if (was === undefined) newFigures.push(what);
    else if (was.amount !== now.amount || was.status !== now.status) changedFigures.push({ what, before: was.amount, after: now.amount, status: was.status === now.status ? null : now.status });
  }
  return { sinceVersion, newReports: addedReports ?? after.reports.map((r) => r.id).filter((id) => !seen.has(id)), changedFigures, newFigures };
}

/** Outlets named in a sentence before "and N more". */
const MAX_NAMED = 5;

function listed(items: readonly string[]): string {
  const named = items.slice(0, MAX_NAMED);
  const rest = items.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : (named[0] ?? '');
}

/** "3 new reports: Reuters (2) and IANS." — outlets by how many reports each added. */
export function newReportsSentence(ids: readonly string[], labels: ReadonlyMap<string, ReportLabel>): string | null {
  if (ids.length === 0) return null;
  const counts = new Map<string, number>();
  for (const id of ids) {
    const name = reportName(labels.get(id), id);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const byOutlet = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => (n === 1 ? name : `${name} (${n})`));
  return `${plural(ids.length, 'new report')}: ${listed(byOutlet)}.`;
}

/** A figure's new status, said after its values. */
const STATUS_NOW: Readonly<Record<string, string>> = { conflict: 'the reports now disagree', agree: 'the reports now agree', update: 'an update of earlier figures', single: 'from one report' };

export function figuresSentences(changes: StoryChanges): string[] {
  const lines = changes.changedFigures.map((f) => {
    const status = f.status === null ? '' : ` (${STATUS_NOW[f.status] ?? f.status})`;
    return f.before === f.after ? `${f.what}: ${f.after}${status}.` : `${f.what}: ${f.before} → ${f.after}${status}.`;
  });
  if (changes.newFigures.length > 0) lines.push(`New ${changes.newFigures.length === 1 ? 'figure' : 'figures'}: ${listed(changes.newFigures)}.`);
  return lines;
}
