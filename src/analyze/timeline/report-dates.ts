/** @module Dates each report: metadata, else dateline, else a dated caption or standfirst, else unknown; a year-less one takes the story's year, marked inferred. */
import { findDateline } from '../../text/index.js';
import type { Report } from '../../types.js';
import { tagTimexes, type Timex } from '../timex/index.js';
import type { ReportDate } from '../types.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function validDay(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const m = DAY.exec(value.trim());
  if (m === null) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === m[0] ? m[0] : null;
}

/** The latest of some `YYYY-MM-DD` strings, or null. */
function latest(days: readonly string[]): string | null {
  return days.reduce<string | null>((best, d) => (best === null || d > best ? d : best), null);
}

/**
 * The story's reference day when some report has no date of its own: the latest date among reports
 * dated by metadata or a full dateline; failing that, the latest full date ("Tuesday, Dec. 6, 2016")
 * printed anywhere in the reports, captions included, since a caption's photo date still says which
 * year the story is in. Null when the reports print no full date at all.
 *
 * @param undatedTimexes a report's time expressions with no reference date, `tagTimexes(report.text, null)`
 *   (the default), for a caller that needs them again.
 */
export function findStoryAnchor(
  reports: readonly Report[],
  known: readonly (string | null)[],
  undatedTimexes: (report: Report) => readonly Timex[] = (report) => tagTimexes(report.text, null),
): string | null {
  const dated = latest(known.filter((d): d is string => d !== null));
  if (dated !== null) return dated;
  const printed: string[] = [];
  for (const report of reports) {
    for (const t of undatedTimexes(report)) {
      const day = t.type === 'DATE' || t.type === 'TIME' ? validDay(t.value) : null;
      if (day !== null) printed.push(day);
    }
  }
  return latest(printed);
}

/** Lines that may date a report when nothing else does: photo captions and standfirsts near the top. */
const DATING_LINES = new Set(['caption', 'headline']);
/** ... within this many characters of the start: as far down as a dateline is looked for (text/dateline.ts). */
const MAX_DATING_LINE_OFFSET = 1500;
const YEARLESS_DAY = /^XXXX-(\d{2})-(\d{2})$/;

/**
 * The first date printed in a caption or standfirst near the top of the report ("... in Aleppo, Syria, on
 * Tuesday, Dec. 6, 2016. Picture by ..."), resolved against `reference` when it prints no year; null when
 * there is none, or when its year is missing and there is no reference. A caption's photo date is the day
 * the story was at, never later than the report, so it dates a report only after metadata and the dateline.
 */
function captionDate(report: Report, reference: string | null): string | null {
  for (const range of report.nonArticle) {
    if (range.start > MAX_DATING_LINE_OFFSET) break;
    if (!DATING_LINES.has(range.kind)) continue;
    for (const t of tagTimexes(report.text.slice(range.start, range.end), reference)) {
      if (t.type !== 'DATE') continue;
      const day = validDay(t.value);
      if (day !== null) return day;
      // Only a month and day ("Dec. 6"): a date of the story, but of no year we know.
      if (YEARLESS_DAY.test(t.value)) return null;
    }
  }
  return null;
}

/**
 * Reads each report's date without guessing: metadata → dateline → a dated caption or standfirst → unknown.
 *
 * @param undatedTimexes as for `findStoryAnchor`.
 */
export function findReportDates(reports: readonly Report[], undatedTimexes?: (report: Report) => readonly Timex[]): ReportDate[] {
  const first = reports.map((report) => {
    const dateline = findDateline(report.text);
    const datelineEnd = dateline === null ? 0 : dateline.end;
    const meta = validDay(report.publishedAt);
    if (meta !== null) {
      const origin = report.origins?.publishedAt;
      return {
        report: report.id,
        date: meta,
        origin: origin === 'dateline' ? ('dateline' as const) : ('metadata' as const),
        inferred: origin === 'inferred',
        datelineEnd,
      };
    }
    if (dateline?.date != null) {
      return { report: report.id, date: dateline.date, origin: 'dateline' as const, inferred: dateline.isYearInferred, datelineEnd };
    }
    const caption = captionDate(report, null);
    if (caption !== null) return { report: report.id, date: caption, origin: 'caption' as const, inferred: false, datelineEnd };
    return { report: report.id, date: null, origin: 'unknown' as const, inferred: false, datelineEnd };
  });
  if (first.every((d) => d.date !== null)) return first;
  const anchor = findStoryAnchor(
    reports,
    first.map((d) => (d.inferred ? null : d.date)),
    undatedTimexes,
  );
  if (anchor === null) return first;
  return first.map((d, i) => {
    if (d.date !== null) return d;
    // A dateline that prints a month and day but no year ("Geneva, Dec 13 (IANS)").
    const dateline = findDateline(reports[i]!.text, { reference: anchor });
    if (dateline?.date != null) return { ...d, date: dateline.date, origin: 'dateline' as const, inferred: true };
    // A caption that prints a month and day but no year ("Dec. 6").
    const caption = captionDate(reports[i]!, anchor);
    return caption === null ? d : { ...d, date: caption, origin: 'caption' as const, inferred: true };
  });
}

/**
 * The day a report's relative expressions ("on Monday", "in the past 24 hours") count from: its date, unless
 * that date is a photo caption's. A photo is of the day the story was at, and the report may be days later
 * (the example's "has reached its end" report shows a 6 December photo and says "on Monday" of the 12th),
 * so counting from it would date events wrongly; they are left unresolved instead.
 */
export function relativeReference(date: ReportDate): string | null {
  return date.origin === 'caption' ? null : date.date;
}
