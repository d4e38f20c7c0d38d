/** @module Normalizes the date strings pages print in metadata to ISO 8601. */

/**
 * Returns an ISO date (`2019-11-19`) or timestamp for a metadata date, or null when it is not a
 * date. ISO input is returned as written; other forms (RFC 2822) become UTC timestamps; a bare
 * date stays a date, so no time zone is invented.
 */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (bare !== null) return isRealDate(+bare[1]!, +bare[2]!, +bare[3]!) ? text : null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact !== null) return isRealDate(+compact[1]!, +compact[2]!, +compact[3]!) ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
  // An ISO timestamp keeps its own offset: converting to UTC could move the local date of the story.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text) && !Number.isNaN(Date.parse(text))) return text;
  // Date.parse accepts ISO timestamps and RFC 2822 ("Wed, 20 Nov 2019 08:00:58 GMT"), the two
  // forms meta tags use; require a four-digit year so "12" or "3.409" are never dates.
  if (!/\b(19|20)\d{2}\b/.test(text)) return null;
  const ms = Date.parse(text.replace(/ GMT([+-]\d{4}).*$/, ' GMT$1'));
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString();
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
