/** @module Reads the publication date from `<time>` elements and `itemprop` microdata. */
import { cleanValue, type MetaValues } from './meta-fields.js';
import { normalizeDate } from './normalize-date.js';

/**
 * Reads `itemprop="datePublished"`/`dateModified` (on any element, in `content` or `datetime`)
 * first, then the first `<time datetime>` in the page: on article pages the first time element
 * is the story's date line, while later ones belong to comments and related links.
 */
export function readTimeElements(document: Document): MetaValues {
  const values: Record<string, string> = {};
  const dateOf = (element: Element | null): string | null => {
    if (element === null) return null;
    const raw = cleanValue(element.getAttribute('datetime')) ?? cleanValue(element.getAttribute('content')) ?? cleanValue(element.textContent);
    return raw === null ? null : normalizeDate(raw);
  };
  const published = dateOf(document.querySelector('[itemprop="datePublished"]'));
  if (published !== null) values.publishedAt = published;
  const modified = dateOf(document.querySelector('[itemprop="dateModified"]'));
  if (modified !== null) values.updatedAt = modified;
  if (values.publishedAt === undefined) {
    for (const time of Array.from(document.querySelectorAll('time[datetime]'))) {
      const date = dateOf(time);
      if (date !== null) {
        values.publishedAt = date;
        break;
      }
    }
  }
  const author = cleanValue(document.querySelector('[itemprop="author"] [itemprop="name"], [rel="author"]')?.textContent);
  if (author !== null && author.length <= 80) values.author = author;
  return values;
}
