/** @module The story's timeline: dated events of every report's article sentences, in order, and the dates that could not be placed. */
import { segmentReport } from '../../text/index.js';
import type { Report, Sentence } from '../../types.js';
import { tagTimexes, type Timex } from '../timex/index.js';
import { relativeReference } from './report-dates.js';
import type { ReportDate, TimelineEvent, UnresolvedDate } from '../types.js';
import { timelineDate } from './timeline-date.js';

/** One report as the other stages already read it: its sentences (`segmentReport`) and time expressions against its own date. */
export interface TimelineInput {
  readonly sentences: readonly Sentence[];
  readonly timexes: readonly Timex[];
}

export interface Timeline {
  readonly timeline: TimelineEvent[];
  readonly unresolved: UnresolvedDate[];
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end);
}

/** The story anchor for year-less dates in undated reports: the latest report date, known or inferred. */
function anchorOf(dates: readonly ReportDate[]): string | null {
  return dates.reduce<string | null>((best, d) => (d.date !== null && (best === null || d.date > best) ? d.date : best), null);
}

/**
 * Dates every time expression in the reports' article sentences (captions, credits and headlines are
 * left out), resolving relative ones against each report's own date. Events are sorted by date, then
 * report order, then position; one event per sentence and date.
 *
 * @param read each report's sentences and time expressions (`tagTimexes(report.text, dates[i].date)`);
 *   found here when not given.
 */
export function buildTimeline(reports: readonly Report[], dates: readonly ReportDate[], read?: readonly TimelineInput[]): Timeline {
  const anchor = anchorOf(dates);
  const timeline: TimelineEvent[] = [];
  const unresolved: UnresolvedDate[] = [];
  const order = new Map(reports.map((r, i) => [r.id, i]));
  reports.forEach((report, i) => {
    const rd = dates[i]!;
    const sentences = read?.[i]?.sentences ?? segmentReport(report);
    const seen = new Set<string>();
    const reference = relativeReference(rd);
    for (const timex of read?.[i]?.timexes ?? tagTimexes(report.text, reference)) {
      if (timex.start < rd.datelineEnd) continue; // the dateline is the report's date, not an event
      const sentence = sentenceAt(sentences, timex.start);
      if (sentence === undefined || !sentence.isArticle) continue;
      const placed = timelineDate(timex, reference, rd.inferred, anchor);
      if (placed.kind === 'skip') continue;
      if (placed.kind === 'unresolved') {
        const reason = reference === null && rd.date !== null ? placed.reason.replace('an undated report', 'a report dated only by a photo caption') : placed.reason;
        unresolved.push({ text: timex.text, report: report.id, start: timex.start, end: timex.end, reason });
        continue;
      }
      const key = `${sentence.index}|${placed.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      timeline.push({
        date: placed.date,
        text: sentence.text,
        report: report.id,
        start: sentence.start,
        end: sentence.end,
        expression: { text: timex.text, start: timex.start, end: timex.end },
        inferred: placed.inferred,
      });
    }
  });
  timeline.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (order.get(a.report) ?? 0) - (order.get(b.report) ?? 0) ||
      a.start - b.start,
  );
  return { timeline, unresolved };
}
