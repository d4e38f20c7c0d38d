/** @module Decodes feed bytes to text: byte-order mark, then HTTP charset, then the XML declaration, else UTF-8 (XML's default). */
import iconv from 'iconv-lite';
import { NewsbriefError } from '../../errors.js';
import { charsetFromContentType, normalizeCharset } from '../html/decode-html.js';

/** The XML declaration must open the document, so its first 200 bytes are enough to find `encoding=`. */
const XML_DECLARATION_BYTES = 200;

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, XML_DECLARATION_BYTES)).toString('latin1');
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match === null ? null : normalizeCharset(match[1]!);
}

/** The feed as a string; `url` names it in errors. Throws DECODE for a charset iconv-lite does not know. */
export function decodeFeed(bytes: Uint8Array, contentType: string | null, url: string): string {
  const charset = bomCharset(bytes) ?? charsetFromContentType(contentType ?? undefined) ?? declaredCharset(bytes) ?? 'utf-8';
  if (!iconv.encodingExists(charset)) {
    throw new NewsbriefError('DECODE', `Cannot read feed ${url}: unknown charset "${charset}"`, { url });
  }
  return iconv.decode(Buffer.from(bytes), charset).replace(/^\uFEFF/, '');
}
