/**
 * @module Ingest: files, directories, standard input and datasets in; Reports out. Page extraction is
 * `./html/index.js`, kept out of this entry so that reading text and datasets does not load an HTML parser.
 */
export { readReports, isHtmlFile, type ReadOptions, MAX_INPUT_BYTES, DATASET_EXTENSIONS, REPORT_EXTENSIONS } from './read-reports.js';
export { checkReportText } from './check-report-text.js';
export { parseJsonl } from './jsonl.js';
export { ISO_DATE } from './iso-date.js';
export { reportFromText, type TextReportInput } from './report-from-text.js';
export { DATASET_EXPECTED, parseDataset, reportsFromCluster, ClusterSchema, type Cluster } from './dataset.js';
export { findNonArticleRanges, findTitle } from './non-article.js';
export { decodeText } from './decode-text.js';
