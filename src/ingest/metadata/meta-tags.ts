/** @module Reads metadata from `<meta>` tags (Open Graph, article:*, Dublin Core, Parse.ly...), `<link rel=canonical>` and `<title>`. */
import { cleanValue, type MetaValues } from './meta-fields.js';
import { normalizeDate } from './normalize-date.js';

/** Meta names per field, most specific first. Open Graph names are read separately so their origin is known. */
const OPEN_GRAPH: Readonly<Record<string, readonly string[]>> = {
  title: ['og:title'],
  source: ['og:site_name'],
  url: ['og:url'],
  publishedAt: ['article:published_time', 'og:article:published_time'],
  updatedAt: ['article:modified_time', 'og:updated_time', 'og:article:modified_time'],
  author: ['article:author', 'og:article:author'],
};

const OTHER_META: Readonly<Record<string, readonly string[]>> = {
  title: ['twitter:title', 'dc.title', 'parsely-title', 'sailthru.title', 'headline'],
  source: ['application-name', 'publisher', 'dc.publisher', 'twitter:site'],
  publishedAt: [
    'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued',
    'dc.date', 'dcterms.created', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'article.published',
    'published_time', 'cxenseparse:recs:publishtime', 'original-publish-date', 'displaydate',
  ],
  updatedAt: ['datemodified', 'last-modified', 'dcterms.modified', 'article.updated'],
  author: ['author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl', 'byline'],
};

export interface MetaTagValues {
  readonly openGraph: MetaValues;
  readonly other: MetaValues;
}

function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = cleanValue(meta.getAttribute('content'));
    if (key !== '' && value !== null && !map.has(key)) map.set(key, value);
  }
  return map;
}

function pick(map: Map<string, string>, table: Readonly<Record<string, readonly string[]>>): MetaValues {
  const values: Record<string, string> = {};
  for (const [field, keys] of Object.entries(table)) {
    for (const key of keys) {
      let value = map.get(key);
      if (value === undefined) continue;
      if (field === 'publishedAt' || field === 'updatedAt') {
        const date = normalizeDate(value);
        if (date === null) continue;
        value = date;
      }
      // A profile URL (article:author on Facebook-style pages) is not a name.
      if (field === 'author' && /^https?:\/\//.test(value)) continue;
      if (field === 'source' && value.startsWith('@')) value = value.slice(1);
      values[field] = value;
      break;
    }
  }
  return values;
}

/** Reads meta tags, the canonical link and `<title>` (the last two count as plain `meta`). */
export function readMetaTags(document: Document): MetaTagValues {
  const map = metaMap(document);
  const other: Record<string, string> = { ...pick(map, OTHER_META) };
  const canonical = cleanValue(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  if (canonical !== null && /^https?:\/\//.test(canonical)) other.url = canonical;
  const title = cleanValue(document.querySelector('title')?.textContent);
  if (other.title === undefined && title !== null) other.title = title;
  return { openGraph: pick(map, OPEN_GRAPH), other };
}
