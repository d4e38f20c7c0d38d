/** @module Builds a Report from plain text: title, non-article lines, and whatever metadata the caller knows. */
import type { MetaOrigin, Report } from '../types.js';
import { findDateline } from '../text/index.js';
import { findNonArticleRanges, findTitle } from './non-article.js';

export interface TextReportInput {
  readonly id: string;
  readonly text: string;
  readonly path?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly publishedAt?: string | null;
  readonly author?: string | null;
  /** Where the given metadata came from: a command-line flag (the default) or a dataset line. */
  readonly origin?: 'flag' | 'dataset';
}

/**
 * A report from plain text; the text is kept exactly as given. Metadata the caller passes wins; otherwise the
 * title is a headline-like first line and the date and agency come from a dateline ("Geneva, Dec 13 (IANS)")
 * when it prints a year. A year-less dateline leaves the date unknown: guessing the year is the timeline's
 * job, which can mark it as inferred.
 */
export function reportFromText(input: TextReportInput): Report {
  const lineRanges = findNonArticleRanges(input.text);
  const title = input.title ?? findTitle(input.text, lineRanges);
  const dateline = findDateline(input.text);
  const nonArticle = dateline === null
    ? lineRanges
    : [...lineRanges, { start: dateline.start, end: dateline.end, kind: 'dateline' as const }].sort((a, b) => a.start - b.start);
  const origins: Partial<Record<'title' | 'source' | 'publishedAt' | 'url' | 'author', MetaOrigin>> = {};
  const given = input.origin ?? 'flag';
  if (input.title) origins.title = given;
  else if (title !== null) origins.title = 'file';
  const source = input.source ?? dateline?.source ?? null;
  if (input.source) origins.source = given;
  else if (source !== null) origins.source = 'dateline';
  const publishedAt = input.publishedAt ?? dateline?.date ?? null;
  if (input.publishedAt) origins.publishedAt = given;
  else if (publishedAt !== null) origins.publishedAt = 'dateline';
  if (input.author) origins.author = given;
  if (input.url) origins.url = given;
  return {
    id: input.id,
    text: input.text,
    title,
    source,
    publishedAt,
    author: input.author ?? null,
    path: input.path ?? null,
    url: input.url ?? null,
    nonArticle,
    origins,
  };
}
