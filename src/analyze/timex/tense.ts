/** @module Guesses whether the clause around a timex looks back or ahead, from nearby tense cues. */
import type { Tense } from './types.js';

/**
 * Words that put an underspecified date after the report date ("will be held on Tuesday").
 * "would" is here because reported future ("said it would vote Monday") is the common news use.
 */
const FUTURE_CUES = new Set([
  'will', "'ll", 'shall', 'wo', 'would', 'next', 'upcoming', 'coming', 'scheduled', 'expected', 'expects',
  'plans', 'planned', 'plan', 'due', 'tomorrow', 'going', 'intends', 'supposed', 'aims', 'hopes',
  // Business-news deadlines: "payable Dec. 7", "expires Nov. 21", "effective Jan. 1".
  'payable', 'expire', 'expires', 'effective', 'through',
]);

/** Modals whose verb group looks ahead whatever its participle. */
const MODALS = new Set(['will', "'ll", 'shall', 'wo', 'would']);

/** Words that put it on or before the report date ("said on Tuesday"). */
const PAST_CUES = new Set([
  'said', 'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'told', 'announced', 'reported',
  'came', 'began', 'went', 'took', 'made', 'met', 'left', 'fell', 'rose', 'won', 'lost', 'gave', 'got',
  'saw', 'became', 'held', 'sold', 'paid', 'put', 'cut', 'hit', 'struck', 'killed', 'shot', 'found',
  'spoke', 'wrote', 'knew', 'thought', 'brought', 'bought', 'sent', 'spent', 'ran', 'led', 'yesterday',
]);

/** -ed words that are not past-tense verbs. */
const NOT_PAST = new Set(['need', 'speed', 'feed', 'seed', 'indeed', 'proceed', 'exceed', 'succeed', 'red', 'bed', 'shed', 'hundred', 'breed', 'bred', 'united', 'limited', 'based', 'related']);

/** Whether an auxiliary or listed verb anywhere in the window beats a nearer bare -ed word (off: 79.6 against 79.5 value F1 on TimeBank+AQUAINT). */
export const DEFAULT_STRONG_CUES_FIRST = false;

/**
 * Clause edges: sentence punctuation, or a comma before a coordinating conjunction
 * ("withdrew on Tuesday, and talks will be held ..." keeps the two tenses apart).
 */
const CLAUSE_START = /(?:[.;?!\n]|,\s+(?:and|but|while|whereas)\b)(?:(?![.;?!\n]|,\s+(?:and|but|while|whereas)\b)[\s\S])*$/;
const CLAUSE_END = /[;?!\n]|\.(?:\s|$)|,\s+(?:and|but|while|whereas)\b/;

/** How far from the timex (in characters) a cue may stand; about one clause of newswire text. */
export const DEFAULT_TENSE_WINDOW_CHARS = 120;

interface Cue {
  readonly tense: Tense;
  /** Auxiliaries and listed verbs are strong; any other -ed word is weak (it may be an adjective). */
  readonly isStrong: boolean;
}

function cueOf(word: string): Cue | null {
  const w = word.toLowerCase();
  if (FUTURE_CUES.has(w)) return { tense: 'future', isStrong: true };
  if (PAST_CUES.has(w)) return { tense: 'past', isStrong: true };
  if (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST.has(w)) return { tense: 'past', isStrong: false };
  return null;
}

/**
 * The tense cue nearest to `text.slice(start, end)` within its sentence (cut at `.`, `;`, `?`, `!`,
 * a newline, or `DEFAULT_TENSE_WINDOW_CHARS`), or 'none' when no cue is near. A cue inside a
 * double-quoted stretch counts like any other: quotes in news are mostly reported speech.
 */
export function detectTense(text: string, start: number, end: number, windowChars = DEFAULT_TENSE_WINDOW_CHARS, isStrongFirst = DEFAULT_STRONG_CUES_FIRST): Tense {
  let left = Math.max(0, start - windowChars);
  const before = text.slice(left, start);
  const cut = Math.max(before.search(CLAUSE_START), -1);
  if (cut >= 0) left += cut + 1;
  let right = Math.min(text.length, end + windowChars);
  const after = text.slice(end, right);
  const stop = after.search(CLAUSE_END);
  if (stop >= 0) right = end + stop;
  const found: { readonly cue: Cue; readonly distance: number }[] = [];
  const word = /[A-Za-z]+(?:'[a-z]+)?|'ll/g;
  const collect = (from: number, to: number, isAfter: boolean): void => {
    const segment = text.slice(from, to);
    const words: string[] = [];
    word.lastIndex = 0;
    for (let m = word.exec(segment); m !== null; m = word.exec(segment)) {
      const raw = m[0].replace(/n't$/, '');
      const w = raw === "won't" ? 'wo' : raw.replace(/'s$/, '');
      words.push(w.toLowerCase());
      let cue = cueOf(w);
      // A participle after a modal belongs to the modal's time: "will be held", "would have met".
      if (cue !== null && cue.tense === 'past' && words.slice(-4, -1).some((x) => MODALS.has(x))) cue = { tense: 'future', isStrong: true };
      if (cue === null) continue;
      const at = from + m.index;
      found.push({ cue, distance: isAfter ? at - end : start - (at + m[0].length) });
    }
  };
  collect(left, start, false);
  collect(end, right, true);
  const nearest = (strongOnly: boolean) =>
    found.filter((f) => !strongOnly || f.cue.isStrong).sort((a, b) => a.distance - b.distance)[0];
  const chosen = isStrongFirst ? nearest(true) ?? nearest(false) : nearest(false);
  return chosen === undefined ? 'none' : chosen.cue.tense;
}
