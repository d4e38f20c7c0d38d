/** @module The page's address: `#/story/ID` names the story shown. */

/**
 * The story id in a location hash, or null for none. A hash that does not decode (`#/story/%E0`,
 * from a hand-edited or hostile link) names no story: decodeURIComponent's URIError, thrown while
 * the page's module started, left it blank and deaf to live updates.
 */
export function storyIdFromHash(hash: string): string | null {
  const match = /^#\/story\/(.+)$/.exec(hash);
  if (match === null) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}
