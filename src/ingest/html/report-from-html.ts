/** @module Reads one HTML page into a Report: decode, parse, metadata, extraction, article check, dateline. */
import { NewsbriefError } from '../../errors.js';
import type { MetaOrigin, Report } from '../../types.js';
import { type DatelineHints, findDateline } from '../../text/index.js';
import { cleanAuthor, mergeMetadata, readPageMetadata, readSidecar, type MetaField, type PageMetadata } from '../metadata/index.js';
import { decodeHtml } from './decode-html.js';
import { extractText } from './extract-text.js';
import { notArticleReason } from './not-article-reason.js';
import { parseDocument } from './parse-document.js';

export interface HtmlInput {
  readonly html: string | Uint8Array;
  readonly id: string;
  /** The page's address as given by the user or a dataset; a canonical URL in the page wins. */
  readonly url?: string;
  readonly path?: string;
  /** HTTP Content-Type header, for its charset. */
  readonly contentType?: string;
  /** Metadata given beside the page (sidecar file or CLI flags); it wins over the page's own. */
  readonly sidecar?: unknown;
  /** Metadata given as CLI flags (same shape as the sidecar); it wins over the sidecar. */
  readonly flags?: unknown;
}

type Origins = Partial<Record<'title' | 'source' | 'publishedAt' | 'url' | 'author', MetaOrigin>>;

/** Strips a " | Publisher" or " - Publisher" suffix that `<title>` and og:title often carry. */
export function stripPublisherSuffix(title: string, publisher: string | null): string {
  if (publisher === null) return title;
  const escaped = publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[|\\-–—:·•]\\s+${escaped}\\s*$`, 'i'), '');
  return stripped === '' ? title : stripped;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Evidence for the year of a yearless dateline: a known date, else a year in the URL's path
 * (`/2016/12/...`), which news sites use for their archives.
 */
function datelineHints(knownDate: string | null, url: string | null): DatelineHints {
  if (knownDate !== null) return { reference: knownDate };
  const year = /\/((?:19|20)\d{2})\//.exec(url ?? '')?.[1];
  return year === undefined ? {} : { year: Number(year) };
}

/**
 * Reads a page into a Report. Throws `DECODE` for bytes that are not text, `BAD_INPUT` for a bad
 * sidecar and `NOT_ARTICLE` for a page with no article (a list, an error page, an empty shell).
 */
export function reportFromHtml(input: HtmlInput): Report {
  const where = { path: input.path, url: input.url };
  const { html } = decodeHtml(input.html, { contentType: input.contentType, path: input.path, url: input.url });
  const document = parseDocument(html);
  const pageSources = readPageMetadata(document);
  const flags = readSidecar(input.flags, 'command-line flags');
  const sidecar = readSidecar(input.sidecar, input.path === undefined ? 'sidecar' : `the sidecar of ${input.path}`, where);
  const given = { ...sidecar, ...flags };
  const meta: PageMetadata = mergeMetadata([{ origin: 'flag', values: flags }, { origin: 'sidecar', values: sidecar }, ...pageSources]);
  const extracted = extractText(document);
  const metaTitle = meta.title?.value ?? null;
  const reason = notArticleReason({ paragraphs: extracted.paragraphs, hasArticle: extracted.hasArticle, title: metaTitle ?? extracted.title });
  if (reason !== null) {
    throw new NewsbriefError('NOT_ARTICLE', `Not an article: ${reason}${input.path !== undefined ? ` in ${input.path}` : input.url !== undefined ? ` at ${input.url}` : ''}`, where);
  }

  const origins: Origins = {};
  const take = (field: MetaField & keyof Origins): string | null => {
    const found = meta[field];
    if (found === undefined) return null;
    origins[field] = found.origin;
    return found.value;
  };
  // URL: the page's canonical address beats the one the user typed (tracking parameters, mirrors).
  const pageUrl = mergeMetadata(pageSources).url;
  const url: string | null = given.url ?? pageUrl?.value ?? input.url ?? null;
  if (flags.url !== undefined) origins.url = 'flag';
  else if (sidecar.url !== undefined) origins.url = 'sidecar';
  else if (pageUrl !== undefined) origins.url = pageUrl.origin;
  else if (input.url !== undefined) origins.url = 'flag';

  let source = take('source');
  let publishedAt = take('publishedAt');
  let author = take('author');
  let title = take('title');
  if (source === null && extracted.siteName !== null) [source, origins.source] = [extracted.siteName, 'meta'];
  const dateline = findDateline(extracted.text, datelineHints(publishedAt ?? meta.updatedAt?.value ?? null, url));
  if (publishedAt === null && dateline?.date != null) [publishedAt, origins.publishedAt] = [dateline.date, 'dateline'];
  if (source === null && dateline?.source != null) [source, origins.source] = [dateline.source, 'dateline'];
  if (source === null && hostOf(url) !== null) [source, origins.source] = [hostOf(url), 'inferred'];
  if (title === null && extracted.title !== null && extracted.title.trim() !== '') [title, origins.title] = [extracted.title, 'inferred'];
  if (title !== null && origins.title !== 'sidecar' && origins.title !== 'flag') title = stripPublisherSuffix(title, source);
  if (author === null && extracted.byline !== null) [author, origins.author] = [extracted.byline, 'inferred'];
  if (author !== null) author = cleanAuthor(author);
  if (source !== null && /^https?:\/\//.test(source)) source = hostOf(source) ?? source;

  return {
    id: input.id,
    text: extracted.text,
    title,
    source,
    publishedAt,
    path: input.path ?? null,
    url,
    nonArticle: [],
    origins,
    author,
  };
}
