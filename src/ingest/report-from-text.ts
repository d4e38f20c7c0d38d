/** @module Builds a Report from plain text: title, non-article lines, and whatever metadata the caller knows. */
import type { MetaOrigin, Report } from '../types.js';
import { findNonArticleRanges, findTitle } from './non-article.js';

export interface TextReportInput {
  readonly id: string;
  readonly text: string;
  readonly path?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly publishedAt?: string | null;
}

/** A report from plain text; the text is kept exactly as given. */
export function reportFromText(input: TextReportInput): Report {
  const nonArticle = findNonArticleRanges(input.text);
  const title = input.title ?? findTitle(input.text, nonArticle);
  const origins: Partial<Record<'title' | 'source' | 'publishedAt', MetaOrigin>> = {};
  if (input.title) origins.title = 'flag';
  else if (title !== null) origins.title = 'file';
  if (input.source) origins.source = 'flag';
  if (input.publishedAt) origins.publishedAt = 'flag';
  return {
    id: input.id,
    text: input.text,
    title,
    source: input.source ?? null,
    publishedAt: input.publishedAt ?? null,
    path: input.path ?? null,
    url: input.url ?? null,
    nonArticle,
    origins,
  };
}
