/** @module A short fingerprint of a report's text, so the same text arriving twice lands in the same story. */
import { createHash } from 'node:crypto';

/**
 * SHA-1 of the text lower-cased with runs of whitespace collapsed, first 16 hex digits (64 bits:
 * a chance collision among a million reports is about 1 in 30 million). Case and spacing are
 * ignored because feeds re-wrap and re-case the same wire copy.
 */
export function fingerprintText(text: string): string {
  const normal = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha1').update(normal).digest('hex').slice(0, 16);
}
