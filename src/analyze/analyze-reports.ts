/** @module The story's facts from its reports: figures and disagreements, timeline, and who and where. */
import { findDateline } from '../text/index.js';
import type { Report } from '../types.js';
import { findEntities } from './entities/index.js';
import { extractClaims, findKeyFigures, groupFigures } from './figures/index.js';
import { buildTimeline, findReportDates } from './timeline/index.js';
import type { StoryFacts } from './types.js';

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
  const reportDates = findReportDates(reports);
  const anchor = storyAnchor(reportDates);
  const claims = reports.flatMap((report, i) =>
    extractClaims({ report, date: reportDates[i]!, storyAnchor: anchor, reportSource: reportSource(report) }),
  );
  const { timeline, unresolved } = buildTimeline(reports, reportDates);
  const keyFigures = findKeyFigures(claims, new Map(reports.map((r) => [r.id, r.text])), { titles: new Map(reports.map((r) => [r.id, r.title])) });
  return { keyFigures, figures: groupFigures(claims), timeline, unresolved, entities: findEntities(reports), reportDates };
}
