/** @module Decides whether extracted text is an article, and says why not when it is not. */

/**
 * Fewer words than this is not an article. The shortest gold body in the extraction dev file has
 * 18 words (a one-paragraph news brief), so the floor sits just below it.
 */
export const DEFAULT_MIN_ARTICLE_WORDS = 15;

/** An error page is short: a real article about a 404 error is longer than this. */
export const DEFAULT_MAX_ERROR_PAGE_WORDS = 150;

/**
 * A list page (section front, search results) reads as many short lines. With this many
 * paragraphs or more, and not one paragraph of `DEFAULT_MIN_PROSE_PARAGRAPH_WORDS`, it is a list.
 */
export const DEFAULT_MIN_LIST_PARAGRAPHS = 8;
/** Words in a paragraph of running prose: list items and headlines are shorter. */
export const DEFAULT_MIN_PROSE_PARAGRAPH_WORDS = 25;

const ERROR_TITLE = /\b(404|403|410|500|page not found|not found|access denied|forbidden|error|no longer available|página no encontrada|page introuvable|seite nicht gefunden)\b/i;

export interface ArticleEvidence {
  readonly paragraphs: readonly string[];
  readonly title: string | null;
  readonly hasArticle: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Counts words; Chinese and Japanese are written without spaces, so each of their characters
 * counts as half a word (Japanese words average about two characters).
 */
export function countWords(text: string): number {
  const cjk = (text.match(CJK) ?? []).length;
  const spaced = (text.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return spaced + Math.round(cjk / 2);
}

/** Returns why the page is not an article, or null when it reads as one. */
export function notArticleReason(evidence: ArticleEvidence): string | null {
  if (!evidence.hasArticle) return 'no main text found in the page';
  const words = evidence.paragraphs.reduce((sum, p) => sum + countWords(p), 0);
  if (words < DEFAULT_MIN_ARTICLE_WORDS) {
    return words === 0 ? 'the page has no article text (an empty shell or a page built by scripts)' : `only ${words} words of article text`;
  }
  if (evidence.title !== null && ERROR_TITLE.test(evidence.title) && words < DEFAULT_MAX_ERROR_PAGE_WORDS) {
    return `an error page ("${evidence.title}")`;
  }
  const longest = Math.max(...evidence.paragraphs.map(countWords));
  if (evidence.paragraphs.length >= DEFAULT_MIN_LIST_PARAGRAPHS && longest < DEFAULT_MIN_PROSE_PARAGRAPH_WORDS) {
    return `a list of ${evidence.paragraphs.length} short items (the longest has ${longest} words), not running text`;
  }
  return null;
}
