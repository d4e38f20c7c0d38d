/** @module The metadata fields newsbrief reads from a page, each with where it came from. */
import type { MetaOrigin } from '../../types.js';

export type MetaField = 'title' | 'source' | 'url' | 'author' | 'publishedAt' | 'updatedAt';

/** Values one reader found; absent fields were not found. */
export type MetaValues = Readonly<Partial<Record<MetaField, string>>>;

export interface MetaValue {
  readonly value: string;
  readonly origin: MetaOrigin;
}

/** The merged metadata: each value with its origin. */
export type PageMetadata = Readonly<Partial<Record<MetaField, MetaValue>>>;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

/**
 * Decodes character references left in a value. JSON-LD text is never entity-decoded by the HTML
 * parser, and many sites escape their headlines twice ("Review &#8211; shoots"), so values from
 * every source go through this once.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Decodes leftover entities, collapses whitespace, drops NUL characters (JSON-LD can spell them
 * as escapes; the store cannot hold them) and returns null for empty strings.
 */
export function cleanValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = decodeEntities(value).replace(/\u0000/g, '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Drops a leading "By " from an author line. */
export function cleanAuthor(value: string): string {
  return value.replace(/^by\s+/i, '').trim();
}
