/** @module Settles expressions that lean on an earlier date in the text: "a year earlier", "the year-ago period", "that year", "the following month". */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, parseDayDate } from './calendar.js';
import type { TimexValue } from './types.js';

/** How far back (in characters) an earlier quarter still anchors "a year ago"; about one paragraph of newswire. */
export const DEFAULT_ANAPHOR_WINDOW_CHARS = 600;

const YEAR_BACK = /^(?:a year (?:ago|earlier)|(?:the\s+)?(?:same\s+)?(?:year-earlier|year-ago)(?:\s+(?:fiscal\s+)?(?:quarter|period))?)$/i;
const NAMED_YEAR_PERIOD = /^the (\d{4}) (?:period|quarter)$/i;
const UNIT_ANAPHOR = /^(?:(?:later|earlier) (?:in )?)?(that|the same|the following|the previous|the preceding|the prior) (day|week|month|year)$/i;

export interface Placed extends TimexValue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** "that year" after "in 1996" is 1996; "the following month" after "June 1998" is 1998-07. */
function fromAntecedent(antecedent: string, which: string, unit: string): string | null {
  const shift = which === 'the following' ? 1 : which === 'that' || which === 'the same' ? 0 : -1;
  const day = parseDayDate(antecedent);
  const month = /^(\d{4})-(\d{2})/.exec(antecedent);
  const year = /^(\d{4})/.exec(antecedent);
  if (year === null) return null;
  if (unit === 'year') return formatYear(Number(year[1]) + shift);
  if (unit === 'month') {
    if (month === null) return `${year[1]}-XX`;
    const d = addMonths({ year: Number(month[1]), month: Number(month[2]), day: 1 }, shift);
    return formatMonth(d.year, d.month);
  }
  if (day === null) return unit === 'week' ? `${year[1]}-WXX` : month === null ? `${year[1]}-XX-XX` : `${month[0]}-XX`;
  return unit === 'week' ? formatWeek(addDays(day, shift * 7)) : formatDay(addDays(day, shift));
}

/**
 * In earnings news "a year earlier" and "the year-ago quarter" mean the quarter just mentioned, one
 * year back ("third-quarter profit rose from a year earlier" is 1988-Q3 in a 1989 report), and
 * "the 1988 period" is that same quarter of 1988. "that year", "the following month" and the like
 * take the last calendar date written before them; with none they stay unresolved.
 */
export function resolveAnaphora(timexes: readonly Placed[], windowChars = DEFAULT_ANAPHOR_WINDOW_CHARS): Placed[] {
  const out: Placed[] = [];
  let lastQuarter: { readonly year: number; readonly quarter: number; readonly end: number } | null = null;
  let lastDate: string | null = null;
  for (const t of timexes) {
    const near = lastQuarter !== null && t.start - lastQuarter.end <= windowChars ? lastQuarter : null;
    const named = NAMED_YEAR_PERIOD.exec(t.text);
    const unit = UNIT_ANAPHOR.exec(t.text);
    if (YEAR_BACK.test(t.text) && near !== null) {
      out.push({ ...t, type: 'DATE', value: `${near.year - 1}-Q${near.quarter}` });
      continue;
    }
    if (named !== null) {
      out.push({ ...t, type: 'DATE', value: near === null ? (named[1] ?? '') : `${named[1]}-Q${near.quarter}` });
      continue;
    }
    if (unit !== null) {
      const value = lastDate === null ? null : fromAntecedent(lastDate, (unit[1] ?? '').toLowerCase(), (unit[2] ?? '').toLowerCase());
      out.push(value === null ? t : { ...t, value });
      continue;
    }
    const q = /^(\d{4})-Q([1-4])$/.exec(t.value);
    if (q !== null) lastQuarter = { year: Number(q[1]), quarter: Number(q[2]), end: t.end };
    if (t.type === 'DATE' && /^\d{4}(?:-\d{2}){0,2}$/.test(t.value)) lastDate = t.value;
    out.push(t);
  }
  return out;
}
