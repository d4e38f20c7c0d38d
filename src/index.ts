/** @module The library's public surface: only re-exports. */
export type * from './types.js';
export { NewsbriefError, isNewsbriefError } from './errors.js';
export { brief, summarizeDocuments, type Brief, type BriefOptions } from './brief/index.js';
export type * from './analyze/index.js';
export { readReports, reportFromText, type ReadOptions, type TextReportInput } from './ingest/index.js';
export { reportFromHtml, type HtmlInput } from './ingest/html/index.js';
export { tagTimexes, resolveDate, type Timex, type ResolvedDate } from './analyze/timex/index.js';
