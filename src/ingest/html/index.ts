/** @module HTML ingest: a page's bytes in, a Report with its article text and metadata out. */
export { reportFromHtml, stripPublisherSuffix, type HtmlInput } from './report-from-html.js';
export { decodeHtml, type DecodedHtml } from './decode-html.js';
export { parseDocument } from './parse-document.js';
export { extractText, PARAGRAPH_SEPARATOR, type ExtractedText } from './extract-text.js';
export { notArticleReason } from './not-article-reason.js';
