/** @module Finds the quantities of a text: counts, ranges, bounds, shares and vague amounts, never dates, times, ages or durations. */
import { DIGIT_NUMBER, FRACTIONS, SCALE_WORD, VAGUE_AMOUNTS, WORD_NUMBER, parseNumber } from './number-words.js';

export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `amount` is money ("$5,000", "2 million dollars"): its own kind, never a count. */
  readonly kind: 'count' | 'share' | 'amount';
  /** The stated number; null for ranges and vague amounts. Shares are in percent. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly approximate: boolean;
}

const LOWER = ['at least', 'no fewer than', 'no less than', 'more than', 'over', 'upwards of', 'well over', 'just over'];
const UPPER = ['almost', 'nearly', 'close to', 'just under', 'up to', 'as many as', 'fewer than', 'less than', 'at most'];
const APPROX = ['around', 'about', 'some', 'approximately', 'roughly', 'an estimated', 'estimated', 'an estimate of'];
const MODIFIER = [...LOWER, ...UPPER, ...APPROX].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

// Not after a letter, digit, decimal point, colon ("3:35"), slash ("12/25") or hyphen ("555-1234").
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_.,:/'’-])`;
// Not followed by a letter or digit ("15th", "11.50pm", "G7"), a hyphenated word ("five-day") or more digits.
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}]|-\p{L}|[.,]\d)`;
const NUM = String.raw`(?:${DIGIT_NUMBER}|${WORD_NUMBER})(?:\s+${SCALE_WORD})*${EDGE_AFTER}`;
const PCT = String.raw`(?:\s?%|\s?per\s?cent\b)`;
const FRACTION = Object.keys(FRACTIONS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const VAGUE = Object.keys(VAGUE_AMOUNTS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

const QUANTITY = new RegExp(
  String.raw`${EDGE_BEFORE}(?:(?<mod>${MODIFIER})\s+)?(?:` +
    String.raw`between\s+(?<b1>${NUM})(?<b1pct>${PCT})?\s+and\s+(?<b2>${NUM})(?<b2pct>${PCT})?` +
    String.raw`|(?<frac>${FRACTION})(?![\p{L}-])` +
    String.raw`|(?<vague>${VAGUE})(?=\s+of\b)` +
    String.raw`|(?<r1>${NUM})\s*(?:-|–|to)\s*(?<r2>${NUM})(?<rpct>${PCT})?` +
    String.raw`|(?<num>${NUM})(?<pct>${PCT})?` +
    ')',
  'giu',
);

const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const TIME_UNIT = /^(?:times|seconds?|minutes?|mins?|hours?|days?|nights?|weeks?|months?|years?|yrs?|decades?|centuries|century|am|pm|a\.?m\b\.?|p\.?m\b\.?|noon|gmt|bst|utc|hrs|[ecmp][sd]t)(?![\p{L}])/iu;
/**
 * Units after a number that make it a measurement, not a count of things in the story: distance, speed,
 * weight, calibre, area, temperature, a street block ("300 block"), a sports score's "points".
 */
const MEASURE_UNIT =
  /^(?:miles?|mi|mph|km|kph|kilomet(?:er|re)s?|met(?:er|re)s?|m|feet|foot|ft|inch(?:es)?|in\.|yards?|yds?|pounds?|lbs?|ounces?|oz|kg|kilo(?:gram)?s?|grams?|tons?|tonnes?|mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|cal(?:iber|ibre)?|gauge|acres?|hectares?|degrees?|knots?|gallons?|lit(?:er|re)s?|cc|megawatts?|block|blocks|points?|mb|gb|percentile|magnitude)(?![\p{L}])/iu;
/** Street suffixes: "1200 South Main Street", "4500 W. 79th St." are addresses. */
const STREET = /^(?:\s+(?:[NSEW]\.?|North|South|East|West|Old))?(?:\s+\p{Lu}[\p{L}'’.-]*|\s+\d+(?:st|nd|rd|th)){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Terrace|Trail|Pike)\b/u;
/** Money: a currency sign before or a currency word after. */
const CURRENCY_BEFORE = /[$£€¥]\s*$/;
const CURRENCY_AFTER = /^\s*(?:(?:U\.?S\.?\s+)?dollars?|euros?|yuan|yen|rupees?|pesos?|cents?|bucks|usd)(?![\p{L}])/iu;
/** Phone numbers and similar digit groups: "555-1234", "(312) 555-1234", "1-800-222-8477". */
const PHONE = /(?:\(\d{3}\)\s*|\b\d{1,3}[-. ])?\b\d{3}[-.]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b/g;
/** An age in apposition: "John Smith, 25, of Elgin", "a man, 19,", "the victim (22)". */
const AGE_BEFORE = /(?:\p{Lu}[\p{L}'’.-]+|\b(?:man|woman|boy|girl|teen|teenager|victim|suspect|son|daughter|wife|husband|mother|father|brother|sister|friend|driver|resident|student|officer|deputy|gunman|shooter))\s*(?:,|\()\s*$/u;
const AGE_AFTER = /^\s*(?:,|\)|$|and\s+\d|of\b|who\b|was\b|were\b|is\b|died\b|from\b)/;
/** Words before a number that make it a label, not a quantity ("Resolution 2254", "aged 18"). */
const LABEL_BEFORE =
  /(?:\b(?:resolution|article|flight|route|chapter|section|page|no\.|number|aged|age|ages|age of|ages of|under-|over-|highway|interstate|hwy|i-|us|sr|state road|county road|suite|apartment|apt\.?|unit|room|box|badge|case|district|ward|precinct|channel|station|ext\.?|zip|code|bus|lot|gate|pier|exit|mile marker|mile|platform|grade|class|type|model|version|level|category|stage|week|game|round|period|quarter|inning|episode|season|title|lane|block|ages between|between the ages of|years of age|the\s+\d{4}s)|#)\s*$/i;
/** "one" counts only before a person noun ("one person died", "one other man"). */
const ONE_PERSON = /^\s+(?:other\s+|more\s+|additional\s+)?(?:person|man|woman|boy|girl|teen|teenager|child|victim|suspect|officer|deputy|student|adult|resident|bystander|passenger|driver|juvenile|male|female)\b/i;
/** Counts of rounds and shots are counts, but a "9" before these is a firearm's name ("a 9 mm", "a .40"). */
const SCORE_CONTEXT = /\b(?:won|lost|beat|defeated|score|scored|lead|led|victory|win|loss|record|tied)\s*$/i;
/** Fixed expressions whose number counts nothing in the story. */
const IDIOMS = /^\s+(?:musketeers|wise men|stooges)\b/i;

function lastWord(text: string, at: number): string {
  return /([\p{L}.]+)\W*$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
}

function nextWord(text: string, at: number): string {
  return /^\s*([\p{L}.]+)/u.exec(text.slice(at, at + 20))?.[1] ?? '';
}

function isYear(n: string): boolean {
  return /^(?:1[89]|20|21)\d{2}$/.test(n);
}

/** Words before "half" that make it a part of something ("the rebel half of the city"), not a share. */
const NOT_SHARE_BEFORE = /\b(?:the|a|an|this|that|its|their|his|her|our|rebel|other|first|second|latter|former|\p{L}+ern)\s*$/iu;

/** A fraction in words is a share only as "(more than) three-quarters of ...", not "the rebel half of the city". */
function isShareFraction(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (!/^\s+of\b/i.test(text.slice(end))) return false;
  return m.groups?.mod !== undefined || !NOT_SHARE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
}

function isNotAQuantity(text: string, m: RegExpExecArray): boolean {
  const g = m.groups ?? {};
  const start = m.index;
  const end = start + m[0].length;
  const isPercent = g.pct !== undefined || g.rpct !== undefined || g.b2pct !== undefined;
  const bare = g.num ?? g.r1;
  if (bare !== undefined && !isPercent) {
    // "one of the officials" is not a figure; "one person was killed" is, as a count of the person.
    if (/^one$/i.test(bare.trim()) && !ONE_PERSON.test(text.slice(end))) return true;
    if (g.mod === undefined && isYear(bare)) return true;
    // "starting around 2004", "by 2020.": a year-shaped number with nothing counted after it is a year; a count
    // that size names what it counts ("about 2000 people").
    if (g.r2 === undefined && isYear(bare) && /^\s*(?:[.,;:)!?]|$|(?:and|or|when|to|until|through)\b)/.test(text.slice(end))) return true;
    if (g.r2 !== undefined && isYear(bare) && isYear(g.r2)) return true;
  }
  if (g.frac !== undefined) return !isShareFraction(text, m);
  if (isPercent || g.vague !== undefined) return false;
  if (MONTH.test(lastWord(text, start)) || MONTH.test(nextWord(text, end))) return true;
  const rest = text.slice(end);
  if (TIME_UNIT.test(rest.trimStart())) return true;
  // "four or five times", "two to three hours": the first number of an alternative shares its unit.
  const alternative = /^\s*(?:or|to)\s+\S+\s+/i.exec(rest);
  if (alternative !== null && (TIME_UNIT.test(rest.slice(alternative[0].length)) || MEASURE_UNIT.test(rest.slice(alternative[0].length)))) return true;
  if (/^(?:\s*[:.]\d{2})|^\s*(?:o'clock)/i.test(rest)) return true;
  const head = text.slice(Math.max(0, start - 30), start);
  if (LABEL_BEFORE.test(head)) return true;
  // "ages four, six and 13": every number of an age list; "NBC 6", "WSB-TV 2": a station's name.
  if (/\bages?\s+(?:[\p{L}\d-]+(?:,|\s+and|\s+to)?\s+){0,5}$/iu.test(head) || /\b[A-Z]{2,}(?:-TV)?\s*$/.test(head)) return true;
  if (MEASURE_UNIT.test(rest.trimStart()) || STREET.test(rest)) return true;
  if (/^\s*(?:-|–)\s*\d/.test(rest) || /^[/.]\d/.test(rest)) return true; // "28-14", "12/25": scores, phone parts, dates
  if (g.r1 !== undefined && /^\d+\s*[-–]\s*\d+$/.test(m[0].slice((g.mod ?? '').length).trim()) && SCORE_CONTEXT.test(head)) return true;
  if (/^911$/.test(m[0].trim())) return true;
  // "the 4 yo boy", "a 5 year old", "7 years old": an age spelled without hyphens; "Image 3 of 4": a gallery's counter.
  if (/^\s*(?:yo|y\/o|y\.o\.|years?[\s-]+old|months?[\s-]+old)\b/i.test(rest)) return true;
  if (/\b(?:image|photo|picture|slide)\s+(?:\d+\s+of\s+)?$/i.test(head)) return true;
  if (/^\d{1,3}$/.test(m[0].trim()) && AGE_BEFORE.test(head) && AGE_AFTER.test(rest)) return true;
  if (/\bat\s*$/i.test(text.slice(Math.max(0, start - 4), start)) && /\d[.:]\d{2}/.test(m[0])) return true;
  return IDIOMS.test(text.slice(end, end + 20));
}

function bounds(mod: string | undefined, n: number): { low: number | null; high: number | null; approximate: boolean } {
  const key = (mod ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (LOWER.includes(key)) return { low: n, high: null, approximate: false };
  if (UPPER.includes(key)) return { low: null, high: n, approximate: false };
  return { low: null, high: null, approximate: APPROX.includes(key) };
}

function toQuantity(text: string, m: RegExpExecArray): Quantity | null {
  const g = m.groups ?? {};
  const base = { start: m.index, end: m.index + m[0].length, text: m[0] };
  if (g.b1 !== undefined || g.r1 !== undefined) {
    const low = parseNumber((g.b1 ?? g.r1)!);
    const high = parseNumber((g.b2 ?? g.r2)!);
    if (low === null || high === null || high <= low) return null;
    // "Local 4-243", "Form 1-040": the bounds of a range share their order of magnitude; digits two orders apart
    // joined by a hyphen are a code.
    if (g.r1 !== undefined && /^\d+$/.test(g.r1) && /^\d+$/.test(g.r2 ?? '') && g.r2!.length - g.r1.length >= 2) return null;
    const kind = g.b2pct !== undefined || g.rpct !== undefined ? 'share' : CURRENCY_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) ? 'amount' : 'count';
    return { ...base, kind, value: null, low, high, approximate: false };
  }
  if (g.vague !== undefined) {
    const [low, high] = VAGUE_AMOUNTS[g.vague.toLowerCase().replace(/\s+/g, ' ')]!;
    return { ...base, kind: 'count', value: null, low, high, approximate: true };
  }
  const isShare = g.frac !== undefined || g.pct !== undefined;
  const isAmount = !isShare && (CURRENCY_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) || CURRENCY_AFTER.test(text.slice(base.end)));
  const n = g.frac !== undefined ? FRACTIONS[g.frac.toLowerCase().replace(/\s+/g, ' ')] : parseNumber(g.num!);
  if (n === undefined || n === null) return null;
  const value = Math.round(n * 100) / 100;
  const b = bounds(g.mod, value);
  return { ...base, kind: isShare ? 'share' : isAmount ? 'amount' : 'count', value, low: b.low, high: b.high, approximate: b.approximate };
}

/**
 * Every quantity in `text`, in order, with its bounds. Left out on purpose: years ("in 2011"), days
 * of months ("November 15"), clock times ("at 11.50pm"), durations ("five years", "three-week"),
 * ordinals, ages, labels ("Resolution 2254") and a bare "one". Never throws.
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const phones = [...text.matchAll(PHONE)].map((p) => [p.index, p.index + p[0].length] as const);
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) {
    if (m[0].length === 0) {
      QUANTITY.lastIndex += 1;
      continue;
    }
    if (isNotAQuantity(text, m)) continue;
    if (phones.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
    const q = toQuantity(text, m);
    if (q !== null) out.push(q);
  }
  return out;
}
