/** @module Resolves one date phrase in its sentence against a reference date, for the timeline step. */
import { tagTimexes } from './tag-timexes.js';
import type { TimexType } from './types.js';

export interface ResolvedDate {
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly isResolved: boolean;
}

/**
 * Resolves `phrase` as it reads inside `context` (the sentence it came from, so tense cues count:
 * "will meet on Tuesday" vs "met on Tuesday"). Returns null when the phrase is not a temporal
 * expression or does not occur in the context. Pure: the reference date is an argument.
 *
 * @example resolveDate('on Tuesday', '2016-12-15') // { value: '2016-12-13', ... }
 */
export function resolveDate(phrase: string, referenceDate: string | null, context: string = phrase): ResolvedDate | null {
  const at = context.indexOf(phrase);
  if (at < 0 || phrase.trim() === '') return null;
  const end = at + phrase.length;
  const hit = tagTimexes(context, referenceDate).find((t) => t.start < end && t.end > at);
  if (hit === undefined) return null;
  return { text: hit.text, type: hit.type, value: hit.value, isResolved: hit.isResolved };
}
