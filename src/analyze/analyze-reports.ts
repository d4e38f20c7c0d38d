/** @module The story's facts from its reports: figures and disagreements, timeline, and who and where. */
import { findDateline, segmentReport } from '../text/index.js';
import type { Report, Sentence } from '../types.js';
import { findEntities, recognizeMentions, type Mention } from './entities/index.js';
import { extractClaims, findKeyFigures, groupFigures } from './figures/index.js';
import { buildTimeline, findReportDates, relativeReference } from './timeline/index.js';
import { tagTimexes, type Timex } from './timex/index.js';
import type { ReportDate, StoryFacts } from './types.js';

/** One report read once for every stage: its sentences, the names in its article sentences, its time expressions. */
interface ReadReport {
  readonly sentences: readonly Sentence[];
  readonly article: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Against the report's own date, as the figures and the timeline both read them. */
  readonly timexes: readonly Timex[];
}

// Tagging names is most of a brief's time (compromise, about 2 ms a sentence): the figures' places and the
// entities are the same mentions, so they are recognised once; so are the time expressions the figures
// and the timeline both date against the report's day (for an undated report, the ones its story's anchor
// was looked for in).
function readReport(report: Report, date: ReportDate, undatedTimexes: (report: Report) => readonly Timex[]): ReadReport {
  const sentences = segmentReport(report);
  const article = sentences.filter((s) => s.isArticle);
  // A caption-dated report resolves no relative dates (relativeReference): its timexes are the undated ones.
  const reference = relativeReference(date);
  const timexes = reference === null ? undatedTimexes(report) : tagTimexes(report.text, reference);
  return { sentences, article, mentions: recognizeMentions(report.text, article), timexes };
}

/** `tagTimexes(report.text, null)`, tagged once per report. */
function undatedTimexesOnce(): (report: Report) => readonly Timex[] {
  const tagged = new Map<Report, readonly Timex[]>();
  return (report) => {
    let timexes = tagged.get(report);
    if (timexes === undefined) tagged.set(report, (timexes = tagTimexes(report.text, null)));
    return timexes;
  };
}

function storyAnchor(dates: ReturnType<typeof findReportDates>): string | null {
  return dates.reduce<string | null>((best, d) => (d.date !== null && (best === null || d.date > best) ? d.date : best), null);
}

/** Who to credit for an unattributed figure: the publisher, else the dateline's agency, else the report itself. */
function reportSource(report: Report): string {
  return report.source ?? findDateline(report.text)?.source ?? `report ${report.id}`;
}

/**
 * Figures (grouped, with agree/update/conflict), the timeline with what could not be dated, and the
 * entities of `reports`. Pure: report dates come from each report's metadata or dateline, never the clock.
 */
export function analyzeReports(reports: readonly Report[]): StoryFacts {
  const undatedTimexes = undatedTimexesOnce();
  const reportDates = findReportDates(reports, undatedTimexes);
  const anchor = storyAnchor(reportDates);
  const read = reports.map((report, i) => readReport(report, reportDates[i]!, undatedTimexes));
  const claims = reports.flatMap((report, i) => {
    const { article, mentions, timexes } = read[i]!;
    const places = mentions.filter((m) => m.type === 'place');
    return extractClaims({ report, date: reportDates[i]!, storyAnchor: anchor, reportSource: reportSource(report), places, timexes, sentences: article });
  });
  const { timeline, unresolved } = buildTimeline(reports, reportDates, read);
  const keyFigures = findKeyFigures(claims, new Map(reports.map((r) => [r.id, r.text])), { titles: new Map(reports.map((r) => [r.id, r.title])) });
  const entities = findEntities(reports, read.map((r) => r.mentions));
  return { keyFigures, figures: groupFigures(claims), timeline, unresolved, entities, reportDates };
}
