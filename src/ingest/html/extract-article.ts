/** @module Runs Mozilla Readability over a parsed page and returns the article element itself. */
import { Readability } from '@mozilla/readability';

export interface ReadabilityArticle {
  readonly element: Element;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
}

/**
 * Extracts the main content. Readability mutates the document, so pass a document you no longer
 * need (metadata is read before this). Returns null when Readability finds no article.
 * The element is returned rather than serialized HTML so that cleaning and paragraph splitting
 * work on the same DOM without a second parse.
 */
export function extractArticle(document: Document): ReadabilityArticle | null {
  const parsed = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  if (parsed === null || parsed.content === null || parsed.content === undefined) return null;
  return {
    element: parsed.content,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
  };
}
