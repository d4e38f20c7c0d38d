/** @module Splits a report into sentences with offsets, marking those that lie in non-article lines. */
import type { Report, Sentence } from '../types.js';
import { splitSentences } from './sentences.js';

/** Marks that open a sentence without being one: the sentence starts after them. */
const CUT_KINDS: ReadonlySet<string> = new Set(['dateline', 'lead-in']);
/** What follows a cut mark before the sentence proper (made once: a literal is a new object per evaluation). */
const CUT_TRAIL = /[\s\-\u2013\u2014:]/;

/**
 * The report's sentences in order; `report.text.slice(s.start, s.end) === s.text` for each. A sentence that
 * touches a non-article range (caption, credit, headline...) is marked `isArticle: false`; a dateline (or a
 * widget's label run into the sentence, `lead-in`) is instead cut off the sentence it opens, so "Geneva, Dec 13
 * (IANS) Pro-Syrian forces executed..." starts at "Pro-Syrian" (still an exact slice of the text), together with
 * anything in front of it in that sentence.
 */
export function segmentReport(report: Report): Sentence[] {
  const cuts = report.nonArticle.filter((r) => CUT_KINDS.has(r.kind));
  const ranges = report.nonArticle.filter((r) => !CUT_KINDS.has(r.kind));
  let r = 0;
  // An indexed loop, not map() with a closure: every report of every batch comes through here, the first
  // clusters' worth before the code is optimised.
  const spans = splitSentences(report.text);
  const sentences: Sentence[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    let start = span.start;
    // A cut later in the sentence means what comes before it is not the story either: a photo caption run into
    // the first paragraph, as in flattened pages ("...in contested... ( associated press ) gaza city ( ap ) — ").
    // Cuts come in order, so a label and then a dateline ("Photo rome — ...") are cut one after the other.
    for (let k = 0; k < cuts.length; k++) {
      const cut = cuts[k]!;
      if (cut.start >= span.end) break;
      if (cut.end <= start || cut.end >= span.end) continue;
      start = cut.end;
      while (start < span.end && CUT_TRAIL.test(report.text[start]!)) start++;
    }
    while (r < ranges.length && ranges[r]!.end <= start) r++;
    const range = ranges[r];
    const isArticle = !(range !== undefined && range.start < span.end && range.end > start);
    sentences.push({
      reportId: report.id,
      index,
      start,
      end: span.end,
      text: report.text.slice(start, span.end),
      isArticle,
    });
  }
  return sentences;
}
