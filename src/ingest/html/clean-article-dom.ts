/** @module Removes what Readability leaves inside the article element: figures, asides, link lists. */

/** Tags inside an extracted article that hold captions, pull-outs or navigation, not the story. */
const NON_STORY_TAGS = 'figure, figcaption, nav, aside, footer, button, header';

/**
 * A list whose text is mostly link text is a "related stories" or navigation list. Story lists
 * (steps, bullet points) have few links; 0.5 keeps lists of cited sources with short notes.
 */
export const DEFAULT_MAX_LIST_LINK_DENSITY = 0.5;

function linkDensity(element: Element): number {
  const total = (element.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let links = 0;
  for (const a of Array.from(element.querySelectorAll('a'))) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links / total;
}

/** Cleans the extracted article element in place. */
export function cleanArticleDom(article: Element, maxListLinkDensity: number = DEFAULT_MAX_LIST_LINK_DENSITY): void {
  for (const element of Array.from(article.querySelectorAll(NON_STORY_TAGS))) element.remove();
  for (const list of Array.from(article.querySelectorAll('ul, ol'))) {
    if (list.isConnected && linkDensity(list) > maxListLinkDensity) list.remove();
  }
}
