/** @module Settles "a year earlier" and "the year-ago period" against the quarter the text was just talking about. */
import type { TimexValue } from './types.js';

/** How far back (in characters) an earlier quarter still anchors "a year ago"; about one paragraph of newswire. */
export const DEFAULT_ANAPHOR_WINDOW_CHARS = 600;

const YEAR_BACK = /^(?:a year (?:ago|earlier)|(?:the\s+)?(?:same\s+)?(?:year-earlier|year-ago)(?:\s+(?:fiscal\s+)?(?:quarter|period))?)$/i;
const NAMED_YEAR_PERIOD = /^the (\d{4}) (?:period|quarter)$/i;

export interface Placed extends TimexValue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * In earnings news "a year earlier" and "the year-ago quarter" mean the quarter just mentioned, one
 * year back ("third-quarter profit rose from a year earlier" is 1988-Q3 in a 1989 report), and
 * "the 1988 period" is that same quarter of 1988. Other timexes pass through unchanged.
 */
export function resolveAnaphora(timexes: readonly Placed[], windowChars = DEFAULT_ANAPHOR_WINDOW_CHARS): Placed[] {
  const out: Placed[] = [];
  let lastQuarter: { readonly year: number; readonly quarter: number; readonly end: number } | null = null;
  for (const t of timexes) {
    const near = lastQuarter !== null && t.start - lastQuarter.end <= windowChars ? lastQuarter : null;
    const named = NAMED_YEAR_PERIOD.exec(t.text);
    if (YEAR_BACK.test(t.text) && near !== null) {
      out.push({ ...t, type: 'DATE', value: `${near.year - 1}-Q${near.quarter}` });
      continue;
    }
    if (named !== null) {
      out.push({ ...t, type: 'DATE', value: near === null ? (named[1] ?? '') : `${named[1]}-Q${near.quarter}` });
      continue;
    }
    const q = /^(\d{4})-Q([1-4])$/.exec(t.value);
    if (q !== null) lastQuarter = { year: Number(q[1]), quarter: Number(q[2]), end: t.end };
    out.push(t);
  }
  return out;
}
