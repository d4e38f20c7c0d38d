/** @module The library's public surface: only re-exports. */
export type * from './types.js';
export { NewsbriefError, isNewsbriefError } from './errors.js';
export { brief, summarizeDocuments, type Brief, type BriefOptions } from './brief.js';
export type * from './analyze/types.js';
export { readReports, reportFromText, reportFromHtml, type ReadOptions, type TextReportInput, type HtmlInput } from './ingest/index.js';
export { tagTimexes, resolveDate, type Timex, type ResolvedDate } from './analyze/timex/index.js';
