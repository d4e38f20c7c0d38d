/** @module What makes two reports the same: a normalised address, or the same text up to whitespace. */
import { createHash } from 'node:crypto';

/**
 * Query parameters that only track the reader (campaigns, click ids), dropped before comparing
 * addresses; the list is the common one of link-cleaning tools (utm_*, fbclid, gclid, ...).
 */
const TRACKING_PARAMETER = /^(utm_\w+|at_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|__twitter_impression)$/i;

/** The address a report is known by, normalised: lower-case host, no fragment, no default port, no tracking parameters, sorted query. */
export function urlKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name)).sort(([a], [b]) => a.localeCompare(b));
  parsed.search = new URLSearchParams(kept).toString();
  // http and https versions of one article are one article.
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  return `${parsed.host.toLowerCase().replace(/^www\./, '')}${path}${parsed.search}`;
}

/** SHA-256 of the text with runs of whitespace made one space and ends trimmed. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
