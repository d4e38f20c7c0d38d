/** @module Widens a date to take in the modifier words TimeML annotators include in its span ("late November", "earlier this year"). */

/**
 * Words before a DATE or TIME that belong to its span but leave its value alone (TimeML puts them
 * in the `mod` attribute): "early", "late", "mid-", "earlier", "later", "the end of", "around".
 */
const PREFIX = /(?:\b(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Mm]id|[Aa]round|[Ss]ince early|[Tt]he (?:end|beginning|start|middle|close|turn) of|(?:[Ee]arly|[Ll]ate) in|[Ee]arlier in|[Ll]ater in))(?:\s+|-)$/;

/** Returns the start after taking in a modifier just before `start`, never crossing `floor`. */
export function widenStart(text: string, start: number, floor: number): number {
  const window = text.slice(Math.max(floor, start - 24), start);
  const m = PREFIX.exec(window);
  if (m === null) return start;
  return start - m[0].length;
}
