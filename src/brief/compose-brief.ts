/** @module The one-cluster entry point: reports in, a brief out (summary with provenance, and the story's facts). */
import type { ReportDate, StoryFacts } from '../analyze/index.js';
import { NewsbriefError } from '../errors.js';
import { reportsFromCluster } from '../ingest/index.js';
import { collectCandidates, summarize } from '../summarize/index.js';
import { supersededClaims } from './superseded-claims.js';
import { countWords, segmentReport } from '../text/index.js';
import type { BriefSummary, Report, ReportInfo } from '../types.js';

export interface BriefOptions {
  /** Hard word budget of the summary (whitespace words). Default 120. */
  readonly maxWords?: number;
}

/**
 * A report as the brief lists it, dated as the rest of the brief dates it. A metadata timestamp is kept whole
 * (its day is the one used); any other date is the day `findReportDates` read.
 */
function reportInfo(r: Report, d: ReportDate): ReportInfo {
  const date = d.origin === 'metadata' && r.publishedAt?.startsWith(d.date ?? '-') === true ? r.publishedAt : d.date;
  const dateOrigin = d.origin === 'unknown' || d.date === null ? null : d.origin;
  return { id: r.id, title: r.title, source: r.source, date, dateOrigin, path: r.path, url: r.url };
}

/** Everything newsbrief says about one story. */
export type Brief = BriefSummary & StoryFacts;

export const DEFAULT_MAX_WORDS = 120;

function checkBudget(maxWords: number): void {
  if (!Number.isInteger(maxWords) || maxWords <= 0) {
    throw new NewsbriefError('BAD_OPTION', `maxWords must be a positive integer, got ${maxWords}`);
  }
}

/**
 * The brief of one story: the reports read, a summary within `maxWords` whose every sentence names the
 * report spans it came from, the figures with who reported them and where they disagree, the timeline,
 * and the people, organisations and places.
 */
export async function brief(reports: readonly Report[], options: BriefOptions = {}): Promise<Brief> {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  checkBudget(maxWords);
  if (reports.length === 0) throw new NewsbriefError('NO_REPORTS', 'No reports to summarize: expected at least one');
  // Loaded on first use: summary-only runs (batch, the benchmarks) never need the tagger behind the facts.
  const { analyzeReports } = await import('../analyze/index.js');
  const facts = analyzeReports(reports);
  const summary = await summarize(reports, {
    maxWords,
    reportDates: facts.reportDates.map((d) => d.date),
    superseded: supersededClaims(facts.figures),
  });
  return {
    reports: reports.map((r, i) => reportInfo(r, facts.reportDates[i]!)),
    summary,
    words: summary.reduce((sum, s) => sum + countWords(s.text), 0),
    maxWords,
    ...facts,
  };
}

/** Summarizes raw document texts (the dataset format) into summary sentences, for evaluation and benchmarks. */
export async function summarizeDocuments(documents: readonly string[], options: BriefOptions = {}): Promise<string[]> {
  return summarizeReports(reportsFromCluster({ id: 'cluster', documents: [...documents] }), options);
}

/**
 * The summary sentences of `reports` alone, without the story's facts: what `batch` and the benchmarks score.
 * Unlike `brief()` it passes no report dates to the reading order, so dataset summaries stay comparable across runs.
 */
export async function summarizeReports(reports: readonly Report[], options: BriefOptions = {}): Promise<string[]> {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  checkBudget(maxWords);
  if (reports.length === 0) return [];
  return (await summarize(reports, { maxWords })).map((s) => s.text);
}

/**
 * Words in the shortest sentence a summary of `reports` could choose, or null when none could be chosen (every
 * sentence a caption, a headline, or under the candidates' length bounds): what an empty summary is owed to.
 */
export function shortestSummarySentence(reports: readonly Report[]): number | null {
  const candidates = collectCandidates(reports, reports.map(segmentReport));
  return candidates.length === 0 ? null : Math.min(...candidates.map((c) => c.words));
}
