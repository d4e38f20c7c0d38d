/** @module Ingest: files, directories, standard input and datasets in; Reports out. */
export { readReports, isHtmlFile, type ReadOptions, MAX_INPUT_BYTES } from './read-reports.js';
export { reportFromHtml, type HtmlInput } from './html/index.js';
export { findDateline, type Dateline } from './dateline.js';
export { reportFromText, type TextReportInput } from './report-from-text.js';
export { DATASET_EXPECTED, parseDataset, reportsFromCluster, ClusterSchema, type Cluster } from './dataset.js';
export { findNonArticleRanges, findTitle } from './non-article.js';
export { decodeText } from './decode-text.js';
