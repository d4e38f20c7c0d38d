/** @module Reads a figure's surroundings in its sentence: the event near it, whether it is hypothetical, and who disputes it. */
import { findEvents } from './event-words.js';

/** Words before a number that can hold its verb in the active voice ("executed 82", "in control of 70 percent"). */
export const DEFAULT_NEAR_WORDS_BEFORE = 3;
/** Words after the counted noun searched for the verb ("have been killed", "to flee"). */
export const DEFAULT_WORDS_AFTER = 12;
/** A last, wider look back when nothing follows ("the total number to have escaped ... to an estimated 130,000"). */
export const DEFAULT_FAR_WORDS_BEFORE = 8;

const AUXILIARY = /\b(?:have|has|had|are|were|was|is|been|be)\b/i;

/** The last `words` words of `text` (kept with their offsets), not crossing a clause-ending mark. */
export function tailWords(text: string, words: number): { readonly start: number; readonly text: string } {
  const clause = Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('"'), text.lastIndexOf('“'), text.lastIndexOf('”'));
  let start = text.length;
  let count = 0;
  const re = /\S+\s*$/;
  while (count < words && start > clause + 1) {
    const m = re.exec(text.slice(clause + 1, start));
    if (m === null) break;
    start = clause + 1 + m.index;
    count += 1;
  }
  return { start, text: text.slice(start) };
}

/** The first `words` words of `text`, stopping at a semicolon. */
export function headWords(text: string, words: number): string {
  const stop = text.indexOf(';');
  const part = stop < 0 ? text : text.slice(0, stop);
  const m = new RegExp(String.raw`^(?:\s*\S+){0,${words}}`).exec(part);
  return m === null ? '' : m[0];
}

/**
 * The event a figure counts: a verb right before it (active voice), else the first trigger after
 * the counted noun (preferring one after an auxiliary: "men fleeing ... have gone missing" is
 * "missing"), else a wider look back. Returns "" when none is found.
 */
/** The part of `text` after its last coordination or clause break: a verb there is the figure's own ("killing two"). */
function ownClause(text: string): string {
  const m = /^[\s\S]*(?:\band\b|\bbut\b|\bwhile\b|\bwhen\b|,|;)/i.exec(text);
  return m === null ? text : text.slice(m[0].length);
}

/** Intransitive triggers ("died", "dead") never take an object, so their subject is always what they count. */
const INTRANSITIVE = /^(?:died|dies|dead|deaths?|pronounced dead|lost their lives|missing|injuries|wounds|hurt)$/i;
const OBJECT_START = /^\s+(?:and\s+(?:killed|wounded|injured)\s+)?(?:his|her|their|its|a|an|the|him|them|it|two|three|four|five|six|seven|eight|nine|ten|several|at least|more than|\d|\p{Lu})/u;

/** True when the trigger at `start`–`end` of `window` is a verb in the active voice with an object after it. */
/** Casualty verbs that take an object ("killed three people"); other triggers ("flee the violence") do not turn. */
const TRANSITIVE = /^(?:shot and killed|killed|killing|shot|shooting|wounded|wounding|injured|injuring|murdered|slain|arrested|charged|fatally \w+)$/i;

function isActiveWithObject(window: string, start: number, end: number): boolean {
  const word = window.slice(start, end);
  if (INTRANSITIVE.test(word) || !TRANSITIVE.test(word)) return false;
  if (/\b(?:who|that|which)\s+$/i.test(window.slice(Math.max(0, start - 8), start))) return false; // "people who were shot": aux checked above
  return OBJECT_START.test(window.slice(end));
}

export function findEventNear(before: string, after: string): string {
  // "One person was killed and four others were injured": the verb before "and" belongs to the first figure.
  const near = findEvents(ownClause(tailWords(before, DEFAULT_NEAR_WORDS_BEFORE).text)).at(-1);
  if (near !== undefined) return near.event;
  // "saw two men arguing, but did not see anyone injured": a contrast opens a clause of its own, and a trigger under
  // "anyone" / "any" is a negative-polarity word, no predicate of the figure.
  const words = headWords(after, DEFAULT_WORDS_AFTER);
  const contrast = /\bbut\b/i.exec(words);
  const window = contrast === null ? words : words.slice(0, contrast.index);
  const hits = findEvents(window).filter((h) => !/\b(?:anyone|anybody|any)\s+(?:else\s+|other\s+)?$/i.test(window.slice(0, h.start)));
  const aux = AUXILIARY.exec(window);
  const afterAux = aux === null ? undefined : hits.find((h) => h.start > aux.index);
  const hit = afterAux ?? hits[0];
  // "an alleged gunman killed three people", "Washington shot his wife": the figure is the agent, not the counted.
  if (hit !== undefined && afterAux === undefined && isActiveWithObject(window, hit.start, hit.end)) return '';
  if (hit !== undefined) return hit.event;
  return findEvents(ownClause(tailWords(before, DEFAULT_FAR_WORDS_BEFORE).text)).at(-1)?.event ?? '';
}

/** True when the clause before the figure is hypothetical ("... would leave regime forces in control of 70 percent"). */
export function isConditionalBefore(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return /\b(?:would|could|might)\b/i.test(clause);
}

/** Who the text says disputes the figure: "a figure the opposition disputes" → "the opposition". */
export function findDispute(after: string): string | null {
  const m =
    /\b(?:a|the|which|that)\s+(?:figure|number|claim|estimate|toll|count)\s+(?:that\s+)?(?<who>[\p{L}\s'-]{2,40}?)\s+(?:disputes|disputed|denies|denied|rejects|rejected|contests|contested)\b/iu.exec(after) ??
    /\b(?:disputed|denied|contested|rejected)\s+by\s+(?<who>[\p{L}\s'-]{2,40}?)(?=[,.;]|$)/iu.exec(after);
  return m?.groups?.who?.trim() ?? null;
}
