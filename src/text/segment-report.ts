/** @module Splits a report into sentences with offsets, marking those that lie in non-article lines. */
import type { Report, Sentence } from '../types.js';
import { splitSentences } from './sentences.js';

/** The report's sentences in order; `report.text.slice(s.start, s.end) === s.text` for each. */
export function segmentReport(report: Report): Sentence[] {
  const ranges = report.nonArticle;
  let r = 0;
  return splitSentences(report.text).map((span, index) => {
    while (r < ranges.length && ranges[r]!.end <= span.start) r++;
    const range = ranges[r];
    const isArticle = !(range !== undefined && range.start < span.end && range.end > span.start);
    return {
      reportId: report.id,
      index,
      start: span.start,
      end: span.end,
      text: report.text.slice(span.start, span.end),
      isArticle,
    };
  });
}
