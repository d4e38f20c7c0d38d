/** @module The extraction pipeline: furniture out, Readability, leftovers out, paragraphs joined. */
import { toBlocks } from './article-blocks.js';
import { cleanArticleDom } from './clean-article-dom.js';
import { cleanLeftovers } from './clean-leftovers.js';
import { cutTail } from './cut-tail.js';
import { extractArticle } from './extract-article.js';
import { removeBoilerplateNodes } from './remove-boilerplate-nodes.js';

/** Paragraphs in the report text are separated by a blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export interface ExtractedText {
  /** Article paragraphs joined by `PARAGRAPH_SEPARATOR`; '' when no article was found. */
  readonly text: string;
  readonly paragraphs: readonly string[];
  /** Readability's title guess, used to drop a repeated headline. */
  readonly title: string | null;
  /** Readability's guesses, used when the page has no metadata for them. */
  readonly byline: string | null;
  readonly siteName: string | null;
  /** Whether Readability found a main-content element at all. */
  readonly hasArticle: boolean;
  /** Characters of text in the page body before extraction, for the is-article check. */
  readonly pageChars: number;
}

export interface ExtractOptions {
  /** Title known from metadata; a paragraph equal to it is dropped. Default: Readability's title. */
  readonly title?: string | null;
}

/**
 * Extracts the article text from `document`, which is mutated: read metadata first.
 */
export function extractText(document: Document, options: ExtractOptions = {}): ExtractedText {
  const pageChars = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  removeBoilerplateNodes(document);
  const article = extractArticle(document);
  if (article === null) return { text: '', paragraphs: [], title: null, byline: null, siteName: null, hasArticle: false, pageChars };
  cleanArticleDom(article.element);
  const title = options.title ?? article.title;
  const paragraphs = cleanLeftovers(cutTail(toBlocks(article.element)), title).map((block) => block.text);
  return {
    text: paragraphs.join(PARAGRAPH_SEPARATOR),
    paragraphs,
    title,
    byline: article.byline,
    siteName: article.siteName,
    hasArticle: true,
    pageChars,
  };
}
