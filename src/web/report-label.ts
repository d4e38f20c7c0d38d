/** @module Each report as readers know it: its outlet, its publication date and where that came from, its title and a safe link to the original. */
import type { Brief, ReportView } from './api.js';
import { safeHref } from './dom.js';

/** Where a report's outlet name came from: its metadata, its dateline ("Geneva, Dec 13 (IANS)"), or the domain of its address. */
export type OutletOrigin = 'metadata' | 'dateline' | 'domain';
/**
 * Where a report's date came from: its metadata, its dateline, a dated photo caption or standfirst; `arrival` is
 * when the server received it, shown only when nothing better is known.
 */
export type DateOrigin = 'metadata' | 'dateline' | 'caption' | 'arrival';

export interface ReportLabel {
  readonly id: string;
  /** 1-based position in the story's reports (arrival order): "report 3" when nothing else names it. */
  readonly number: number;
  readonly outlet: string | null;
  readonly outletOrigin: OutletOrigin | null;
  readonly title: string | null;
  /** ISO 8601 (a day or a timestamp). */
  readonly date: string;
  readonly dateOrigin: DateOrigin;
  /** True when the year of a dateline date came from the story's other reports. */
  readonly isDateInferred: boolean;
  /** The original's address, only when it is http(s). */
  readonly href: string | null;
}

/** `1 report`, `2 reports`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** The host name of an http(s) address without a leading `www.`, or null. */
export function domainOf(url: string | null | undefined): string | null {
  const href = safeHref(url);
  return href === null ? null : new URL(href).hostname.replace(/^www\./, '') || null;
}

interface BriefDate {
  readonly report: string;
  readonly date: string | null;
  readonly origin: string;
  readonly inferred: boolean;
}

function briefDates(brief: Brief | null): Map<string, BriefDate> {
  const dates = (brief?.reportDates ?? []) as readonly BriefDate[];
  return new Map(dates.filter((d) => d.date !== null && (d.origin === 'metadata' || d.origin === 'dateline' || d.origin === 'caption')).map((d) => [d.report, d]));
}

/**
 * Labels every report of a story. The date is the one the brief used (`reports[].date`: metadata, else
 * dateline, else a dated caption, whose year may be inferred), else the stored publication date (a brief
 * built before `dateOrigin` existed), and the arrival time only when nothing is known; the outlet is the
 * report's publisher, else the domain of its address.
 */
export function labelReports(reports: readonly ReportView[], brief: Brief | null): Map<string, ReportLabel> {
  const dated = briefDates(brief);
  const infos = new Map((brief?.reports ?? []).map((r) => [r.id, r]));
  const labels = new Map<string, ReportLabel>();
  reports.forEach((r, i) => {
    const info = infos.get(r.id);
    const source = r.source ?? info?.source ?? null;
    const domain = domainOf(r.url ?? info?.url);
    const outletOrigin: OutletOrigin | null = source !== null ? (r.origins?.source === 'dateline' ? 'dateline' : 'metadata') : domain !== null ? 'domain' : null;
    const published = r.publishedAt ?? info?.date ?? null;
    const fromBrief = dated.get(r.id);
    const date = info?.date != null && info.dateOrigin != null
      ? { date: info.date, dateOrigin: info.dateOrigin, isDateInferred: fromBrief?.inferred ?? false }
      : published !== null
      ? { date: published, dateOrigin: r.origins?.publishedAt === 'dateline' ? ('dateline' as const) : ('metadata' as const), isDateInferred: false }
      : fromBrief !== undefined
        ? { date: fromBrief.date!, dateOrigin: fromBrief.origin as 'metadata' | 'dateline' | 'caption', isDateInferred: fromBrief.inferred }
        : { date: r.addedAt, dateOrigin: 'arrival' as const, isDateInferred: false };
    labels.set(r.id, { id: r.id, number: i + 1, outlet: source ?? domain, outletOrigin, title: r.title ?? info?.title ?? null, ...date, href: safeHref(r.url ?? info?.url) });
  });
  return labels;
}

/** Where a shown date came from, when it is not the report's own metadata: " (dateline)", " (caption, year inferred)". */
export function dateNote(label: Pick<ReportLabel, 'dateOrigin' | 'isDateInferred'>): string {
  if (label.dateOrigin !== 'dateline' && label.dateOrigin !== 'caption') return '';
  return ` (${label.dateOrigin}${label.isDateInferred ? ', year inferred' : ''})`;
}

/** How a report is named in a sentence: its outlet, else "report N". */
export function reportName(label: ReportLabel | undefined, id: string): string {
  if (label === undefined) return `report ${id}`;
  return label.outlet ?? `report ${label.number}`;
}

export interface Coverage {
  readonly reports: number;
  /** Outlet names, most reports first (ties by name). */
  readonly outlets: readonly string[];
  /** Reports whose outlet is not known. */
  readonly unnamed: number;
  /** First and last publication day (YYYY-MM-DD) among reports with a date of their own; null when none has one. */
  readonly from: string | null;
  readonly to: string | null;
  /** Reports dated only by when they arrived. */
  readonly undated: number;
}

export function coverageOf(labels: Iterable<ReportLabel>): Coverage {
  const counts = new Map<string, number>();
  let reports = 0;
  let unnamed = 0;
  let undated = 0;
  const days: string[] = [];
  for (const label of labels) {
    reports += 1;
    if (label.outlet === null) unnamed += 1;
    else counts.set(label.outlet, (counts.get(label.outlet) ?? 0) + 1);
    if (label.dateOrigin === 'arrival') undated += 1;
    else days.push(label.date.slice(0, 10));
  }
  days.sort();
  const outlets = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  return { reports, outlets, unnamed, from: days[0] ?? null, to: days[days.length - 1] ?? null, undated };
}
