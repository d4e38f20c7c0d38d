/** @module Finds a news dateline ("BEIRUT (Reuters) -", "Geneva, Dec 13 (IANS)") at the start of a report's paragraphs. */
import { SENTENCE_END } from './lead-ins.js';

export interface Dateline {
  /** Offsets of the whole dateline, terminator (and a wire credit copied in front of it) included, in the text searched. */
  readonly start: number;
  readonly end: number;
  /** The place as printed, e.g. "BEIRUT", "Geneva"; empty for an agency alone ("(CNN) --"). */
  readonly place: string;
  /** The agency in parentheses, e.g. "Reuters", or null. */
  readonly source: string | null;
  /** ISO date `YYYY-MM-DD`, or null when the dateline has no date or its year cannot be inferred. */
  readonly date: string | null;
  /** True when the year was not printed and came from `hints`. */
  readonly isYearInferred: boolean;
}

export interface DatelineHints {
  /** Year to use when the dateline prints none. */
  readonly year?: number;
  /**
   * A date known from other evidence (ISO, e.g. the page's publication date). When given, a
   * yearless dateline takes the year that puts it closest to this date, so "Dec 31" in a report
   * published on 2017-01-01 is 2016-12-31.
   */
  readonly reference?: string;
}

/** Datelines open one of the first paragraphs (a caption or kicker can come first). */
export const DEFAULT_MAX_DATELINE_PARAGRAPHS = 4;
/** ... and sit within this many characters of the start of the text. */
export const DEFAULT_MAX_DATELINE_OFFSET = 1500;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const CAPS_WORD = String.raw`[A-Z][A-Z'’.\-]+`;
const TITLE_WORD = String.raw`[A-Z][a-zà-ÿ'’.\-]+`;
const PLACE = String.raw`(?<caps>${CAPS_WORD}(?: ${CAPS_WORD}){0,3})|(?<title>${TITLE_WORD}(?: ${TITLE_WORD}){0,2})`;
// A region after the city ("SAN FRANCISCO, Calif.", "Dublin, Ireland"), but not a month.
const REGION = String.raw`(?:, (?!${MONTH}\b)(?<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?`;
const DATE = String.raw`(?:,? (?:(?<m1>${MONTH}) (?<d1>\d{1,2})|(?<d2>\d{1,2}) (?<m2>${MONTH}))(?:,? (?<year>(?:19|20)\d{2}))?)?`;
const AGENCY = String.raw`(?: ?\((?<agency>[A-Z][\w&.’' /-]{1,40})\))?`;
const TERMINATOR = String.raw`(?<dash> ?(?:-{1,2}|—|–|:)(?= ))?`;
const DATELINE = new RegExp(`^(?:${PLACE})${REGION}${DATE}${AGENCY}${TERMINATOR}`, 'u');

// Wire datelines as they reach us in flattened or lower-cased, tokenizer-spaced text (Multi-News: "los angeles
// ( ap ) — in her first interview...", often after a photo caption on the same line and behind a "( associated
// press )" credit). Case says nothing there, so what makes it a dateline is a known agency in parentheses followed
// by a dash, after at most a short place, at a paragraph or sentence start near the top of the text.
const WIRE_AGENCIES: Readonly<Record<string, string>> = {
  ap: 'AP', 'associated press': 'Associated Press', reuters: 'Reuters', afp: 'AFP', upi: 'UPI', cnn: 'CNN',
  ians: 'IANS', xinhua: 'Xinhua', dpa: 'dpa', efe: 'EFE', ansa: 'ANSA', bloomberg: 'Bloomberg', pti: 'PTI',
};
const WIRE_CREDIT = new RegExp(String.raw`\( ?(?<agency>${Object.keys(WIRE_AGENCIES).join('|')}) ?\) ?(?:-{1,2}|—|–)(?= )`, 'giu');
// A place word is any word but the few that show a sentence is under way ("the senator told cnn ( cnn ) --").
const LOOSE_WORD = String.raw`(?!(?:the|a|an|and|or|but|to|by|of|in|on|at|for|with|from|that|this|told|said|says|he|she|it|they|we|i|was|is|were|are|has|had|have|be|been|will|would)\b)\p{L}[\p{L}.'’\-]*`;
// What may stand in front of the credit, anchored at the end: a caption credit, a place of up to four words and a
// region, each optional, after the start of the text, a line break or a sentence's closing punctuation.
const WIRE_LEAD = new RegExp(
  String.raw`(?:^|(?<=${SENTENCE_END}))(?:\( ?associated press ?\) )?(?:(?<place>${LOOSE_WORD}(?: ${LOOSE_WORD}){0,3})(?:, (?<region>${LOOSE_WORD}(?: ${LOOSE_WORD})?))? )?$`,
  'iu',
);

/** The first wire dateline within the top `DEFAULT_MAX_DATELINE_OFFSET` characters, or null. */
function findWireDateline(text: string): Dateline | null {
  const top = text.slice(0, DEFAULT_MAX_DATELINE_OFFSET + 200);
  WIRE_CREDIT.lastIndex = 0;
  for (let m = WIRE_CREDIT.exec(top); m !== null && m.index <= DEFAULT_MAX_DATELINE_OFFSET; m = WIRE_CREDIT.exec(top)) {
    const end = m.index + m[0].length;
    if (!/^\s+\S/.test(text.slice(end, end + 3))) continue;
    const lead = WIRE_LEAD.exec(top.slice(0, m.index));
    if (lead === null) continue;
    const g = lead.groups ?? {};
    return {
      start: lead.index,
      end,
      place: (g.place ?? '') + (g.region !== undefined ? `, ${g.region}` : ''),
      source: WIRE_AGENCIES[m.groups!.agency!.toLowerCase()]!,
      date: null,
      isYearInferred: false,
    };
  }
  return null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function inferYear(month: number, day: number, hints: DatelineHints): number | null {
  const reference = hints.reference === undefined ? NaN : Date.parse(hints.reference);
  if (!Number.isNaN(reference)) {
    const refYear = new Date(reference).getUTCFullYear();
    const years = [refYear - 1, refYear, refYear + 1];
    return years.reduce((best, y) =>
      Math.abs(Date.UTC(y, month, day) - reference) < Math.abs(Date.UTC(best, month, day) - reference) ? y : best,
    );
  }
  return hints.year ?? null;
}

/** Paragraph starts (offsets) among the first few paragraphs. */
function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  const re = /(?:^|\n)[ \t]*(?=\S)/g;
  for (let m = re.exec(text); m !== null && starts.length < DEFAULT_MAX_DATELINE_PARAGRAPHS; m = re.exec(text)) {
    const start = m.index + m[0].length;
    if (start > DEFAULT_MAX_DATELINE_OFFSET) break;
    starts.push(start);
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return starts;
}

/**
 * Finds the dateline that opens one of the first paragraphs of `text`, else a wire dateline ("london ( ap ) —")
 * at a sentence start near the top, or null. An all-caps place
 * needs a date, an agency or a dash after it ("BERLIN --"); a place in title case needs a date or
 * an agency, so an ordinary sentence ("Officials said...") is never read as a dateline.
 */
export function findDateline(text: string, hints: DatelineHints = {}): Dateline | null {
  for (const start of paragraphStarts(text)) {
    const match = DATELINE.exec(text.slice(start, start + 200));
    if (match === null) continue;
    const g = match.groups ?? {};
    const monthName = g.m1 ?? g.m2;
    const dayText = g.d1 ?? g.d2;
    const hasDate = monthName !== undefined && dayText !== undefined;
    const hasAgency = g.agency !== undefined;
    const hasDash = g.dash !== undefined;
    const isCaps = g.caps !== undefined && /[A-Z]{2}/.test(g.caps);
    if (isCaps ? !(hasDate || hasAgency || hasDash) : !(g.title !== undefined && (hasDate || hasAgency))) continue;
    // The dateline must be followed by the story: a space and more text.
    if (!/^\s+\S/.test(text.slice(start + match[0].length, start + match[0].length + 3))) continue;
    let date: string | null = null;
    let isYearInferred = false;
    if (hasDate) {
      const month = monthIndex(monthName);
      const day = Number(dayText);
      const year = g.year !== undefined ? Number(g.year) : inferYear(month, day, hints);
      isYearInferred = g.year === undefined && year !== null;
      date = year === null ? null : isoDate(year, month, day);
      if (date === null) isYearInferred = false;
    }
    return {
      start,
      end: start + match[0].length,
      place: (g.caps ?? g.title ?? '') + (g.region !== undefined ? `, ${g.region}` : ''),
      source: g.agency?.trim() ?? null,
      date,
      isYearInferred,
    };
  }
  return findWireDateline(text);
}
