/** @module Decodes page bytes to text: byte-order mark, then HTTP header, then `<meta>`, then UTF-8 or windows-1252. */
import iconv from 'iconv-lite';
import { NewsbriefError } from '../../errors.js';

export interface DecodedHtml {
  readonly html: string;
  /** The charset used, lower-case, e.g. `utf-8`, `windows-1252`. */
  readonly charset: string;
  /** Where the charset came from. */
  readonly charsetFrom: 'string' | 'bom' | 'header' | 'meta' | 'sniffed';
}

/** How far into the bytes to look for `<meta charset>`; the HTML standard's prescan reads 1024 bytes, real pages put it later. */
export const DEFAULT_META_PRESCAN_BYTES = 4096;

/** Labels browsers treat as windows-1252 (WHATWG Encoding Standard), since pages that say latin-1 use its extra characters. */
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'x-cp1252']);

export function normalizeCharset(label: string): string {
  const lower = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (WINDOWS_1252_LABELS.has(lower)) return 'windows-1252';
  if (lower === 'utf8' || lower === 'unicode-1-1-utf-8') return 'utf-8';
  return lower;
}

export function charsetFromContentType(contentType: string | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match === null ? null : normalizeCharset(match[1]!);
}

export function charsetFromMeta(bytes: Uint8Array, limit: number = DEFAULT_META_PRESCAN_BYTES): string | null {
  const head = Buffer.from(bytes.subarray(0, limit)).toString('latin1');
  // Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match === null ? null : normalizeCharset(match[1]!);
}

function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface DecodeOptions {
  readonly contentType?: string;
  /** Named in the error message. */
  readonly path?: string;
  readonly url?: string;
}

/**
 * Decodes a page. A string is returned unchanged. For bytes the order is the browser's: a BOM wins,
 * then the Content-Type header, then `<meta>`; with none, valid UTF-8 is UTF-8 and anything else
 * windows-1252. Throws `DECODE` for a declared charset that cannot be decoded and for bytes
 * holding NUL characters (binary data or BOM-less UTF-16), which no HTML decoding makes readable.
 */
export function decodeHtml(input: string | Uint8Array, options: DecodeOptions = {}): DecodedHtml {
  if (typeof input === 'string') return { html: input, charset: 'utf-16', charsetFrom: 'string' };
  const where = { path: options.path, url: options.url };
  const name = options.path ?? options.url ?? 'page';
  const bom = charsetFromBom(input);
  if (bom !== null) return { html: stripBom(iconv.decode(Buffer.from(input), bom)), charset: bom, charsetFrom: 'bom' };
  if (input.subarray(0, 4096).includes(0)) {
    throw new NewsbriefError('DECODE', `Cannot decode ${name}: expected HTML text, found NUL bytes (binary data or UTF-16 without a byte-order mark)`, where);
  }
  const header = charsetFromContentType(options.contentType);
  const meta = header === null ? charsetFromMeta(input) : null;
  const declared = header ?? meta;
  if (declared !== null) {
    if (iconv.encodingExists(declared)) {
      return { html: iconv.decode(Buffer.from(input), declared), charset: declared, charsetFrom: header !== null ? 'header' : 'meta' };
    }
    if (!isValidUtf8(input)) {
      throw new NewsbriefError('DECODE', `Cannot decode ${name}: it declares charset "${declared}", which is not supported, and is not UTF-8`, where);
    }
  }
  if (isValidUtf8(input)) return { html: Buffer.from(input).toString('utf8'), charset: 'utf-8', charsetFrom: 'sniffed' };
  return { html: iconv.decode(Buffer.from(input), 'windows-1252'), charset: 'windows-1252', charsetFrom: 'sniffed' };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
