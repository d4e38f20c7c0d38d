/** @module Finds the quantities of a text: counts, ranges, bounds, shares and vague amounts, never dates, times, ages or durations. */
import { DIGIT_NUMBER, FRACTIONS, SCALE_WORD, VAGUE_AMOUNTS, WORD_NUMBER, parseNumber } from './number-words.js';

export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'count' | 'share';
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

const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_.,'’-])`;
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
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century|am|pm|a\.m\.|p\.m\.|gmt|bst|utc|hrs)\b/i;
/** Words before a number that make it a label, not a quantity ("Resolution 2254", "aged 18"). */
const LABEL_BEFORE = /(?:\b(?:resolution|article|flight|route|chapter|section|page|no\.|number|aged|age of|ages of|under-|over-)|#)\s*$/i;
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
    if (/^one$/i.test(bare.trim())) return true; // "one of the officials", "one resident": not a figure
    if (g.mod === undefined && isYear(bare)) return true;
    if (g.r2 !== undefined && isYear(bare) && isYear(g.r2)) return true;
  }
  if (g.frac !== undefined) return !isShareFraction(text, m);
  if (isPercent || g.vague !== undefined) return false;
  if (MONTH.test(lastWord(text, start)) || MONTH.test(nextWord(text, end))) return true;
  if (TIME_UNIT.test(text.slice(end).trimStart())) return true;
  if (/^(?:\s*[:.]\d{2})|^\s*(?:o'clock)/i.test(text.slice(end))) return true;
  if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
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
    const kind = g.b2pct !== undefined || g.rpct !== undefined ? 'share' : 'count';
    return { ...base, kind, value: null, low, high, approximate: false };
  }
  if (g.vague !== undefined) {
    const [low, high] = VAGUE_AMOUNTS[g.vague.toLowerCase().replace(/\s+/g, ' ')]!;
    return { ...base, kind: 'count', value: null, low, high, approximate: true };
  }
  const isShare = g.frac !== undefined || g.pct !== undefined;
  const n = g.frac !== undefined ? FRACTIONS[g.frac.toLowerCase().replace(/\s+/g, ' ')] : parseNumber(g.num!);
  if (n === undefined || n === null) return null;
  const value = Math.round(n * 100) / 100;
  const b = bounds(g.mod, value);
  return { ...base, kind: isShare ? 'share' : 'count', value, low: b.low, high: b.high, approximate: b.approximate };
  void text;
}

/**
 * Every quantity in `text`, in order, with its bounds. Left out on purpose: years ("in 2011"), days
 * of months ("November 15"), clock times ("at 11.50pm"), durations ("five years", "three-week"),
 * ordinals, ages, labels ("Resolution 2254") and a bare "one". Never throws.
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) {
    if (m[0].length === 0) {
      QUANTITY.lastIndex += 1;
      continue;
    }
    if (isNotAQuantity(text, m)) continue;
    const q = toQuantity(text, m);
    if (q !== null) out.push(q);
  }
  return out;
}
