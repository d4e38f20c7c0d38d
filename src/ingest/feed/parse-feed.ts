/** @module Parses an RSS, Atom or JSON Feed document into items with an absolute link, using feed-extractor and checking its output with zod. */
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';

/** One entry of a feed: where the article is and what the feed says of it. */
export interface FeedItem {
  /** The feed's own id (guid, Atom id, JSON Feed id), or the link when it has none. */
  readonly id: string;
  /** Absolute http(s) address of the article. */
  readonly url: string;
  readonly title: string | null;
  /** ISO 8601, or null when the feed gives no date. */
  readonly publishedAt: string | null;
}

export interface ParsedFeed {
  readonly title: string | null;
  readonly format: 'xml' | 'json';
  readonly items: readonly FeedItem[];
}

const entrySchema = z.object({
  id: z.string().optional(),
  link: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  rawLink: z.string().optional(),
});
/** The title is taken only when it is a string: a feed with a number or an object there still has items. */
const feedSchema = z.object({ title: z.unknown().optional(), entries: z.array(z.unknown()).optional() });
/**
 * feed-extractor empties links that are not absolute URLs, though RSS feeds do carry relative ones;
 * the raw RSS `<link>` is kept beside its result and resolved against the feed's address here.
 */
const PARSER_OPTIONS = {
  descriptionMaxLen: 0,
  getExtraEntryFields: (entry: Record<string, unknown>) => (typeof entry.link === 'string' ? { rawLink: entry.link } : {}),
};

const jsonFeedSchema = z.object({ version: z.string().startsWith('https://jsonfeed.org/version/'), items: z.array(z.unknown()) });

function absoluteHttpUrl(link: string, base: string): string | null {
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function looksLikeJson(text: string, contentType: string | null): boolean {
  return /json/i.test(contentType ?? '') || text.trimStart().startsWith('{');
}

function describe(text: string, contentType: string | null): string {
  if (contentType !== null && contentType !== '') return contentType.split(';')[0]!.trim();
  return /^\s*<(!doctype html|html)/i.test(text) ? 'an HTML page' : 'something else';
}

function parseJson(text: string, url: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new NewsbriefError('BAD_INPUT', `Cannot read feed ${url}: expected a JSON Feed, got malformed JSON`, { url, cause });
  }
  const checked = jsonFeedSchema.safeParse(value);
  if (!checked.success) {
    throw new NewsbriefError('BAD_INPUT', `Cannot read feed ${url}: expected a JSON Feed ("version": "https://jsonfeed.org/version/1.1", "items"), got other JSON`, { url });
  }
  try {
    return extractFromJson(value as Record<string, unknown>, PARSER_OPTIONS);
  } catch (cause) {
    // feed-extractor reads JSON Feed items without checking them (a null item is a TypeError).
    throw new NewsbriefError('BAD_INPUT', `Cannot read feed ${url}: expected a JSON Feed whose items are objects, got malformed items`, { url, cause });
  }
}

function parseXml(text: string, url: string, contentType: string | null): unknown {
  try {
    return extractFromXml(text, PARSER_OPTIONS);
  } catch (cause) {
    throw new NewsbriefError('BAD_INPUT', `Cannot read feed ${url}: expected RSS, Atom or JSON Feed, got ${describe(text, contentType)}`, { url, cause });
  }
}

/** PostgreSQL text cannot hold U+0000, which a JSON Feed can spell as an escape and feed-extractor keeps from raw XML. */
function withoutNul(text: string): string {
  return text.replace(/\u0000/g, '');
}

/**
 * The feed's items in document order. Items without a usable http(s) link are left out: newsbrief
 * reads the article itself, not the feed's excerpt. Throws BAD_INPUT when the text is not a feed.
 */
export function parseFeed(text: string, url: string, contentType: string | null = null): ParsedFeed {
  const format = looksLikeJson(text, contentType) ? 'json' : 'xml';
  const extracted = feedSchema.safeParse(format === 'json' ? parseJson(text, url) : parseXml(text, url, contentType));
  // Thrown as anything but a NewsbriefError, this stopped the whole stream loop, feed after feed (poll-feed.ts).
  if (!extracted.success) throw new NewsbriefError('BAD_INPUT', `Cannot read feed ${url}: expected RSS, Atom or JSON Feed, got a ${format === 'json' ? 'JSON Feed' : 'feed'} without a list of items`, { url });
  const raw = extracted.data;
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const value of raw.entries ?? []) {
    const entry = entrySchema.safeParse(value);
    if (!entry.success) continue;
    const given = entry.data.link !== undefined && entry.data.link !== '' ? entry.data.link : entry.data.rawLink;
    if (given === undefined || given.trim() === '') continue;
    const link = absoluteHttpUrl(given, url);
    if (link === null || seen.has(link)) continue;
    seen.add(link);
    const title = withoutNul(entry.data.title ?? '').trim();
    const published = withoutNul(entry.data.published ?? '');
    const id = withoutNul(entry.data.id ?? '');
    items.push({
      id: id !== '' ? id : link,
      url: link,
      title: title === '' ? null : title,
      publishedAt: published === '' || Number.isNaN(Date.parse(published)) ? null : published,
    });
  }
  const title = typeof raw.title === 'string' ? withoutNul(raw.title).trim() : '';
  return { title: title === '' ? null : title, format, items };
}
