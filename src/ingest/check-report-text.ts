/** @module The one rule every door (files, standard input, the API) applies to a report's text before it is stored or briefed. */
import { NewsbriefError } from '../errors.js';

/**
 * Characters that print nothing: whitespace, controls, format characters (zero-width spaces and joiners, the
 * byte order mark, bidi marks and controls) and the invisible separators. Text made only of them is empty.
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u2800\u3164\uffa0]/gu;
/**
 * Fewest words in a report's text: the summarizer never picks a sentence shorter than 8 words (its
 * DEFAULT_MIN_WORDS, src/summarize/candidates.ts), so a shorter text can give no brief at all. A one-line wire
 * flash ("Rebels withdrew from the last districts of the city on Monday, officials said.", 13 words) passes.
 */
export const MIN_REPORT_WORDS = 8;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

/**
 * Throws `EMPTY` for text with nothing visible in it, and `NOT_ARTICLE` for text shorter than a news report:
 * fewer than MIN_REPORT_WORDS (8) words.
 * `label` names the input in the message ("hi.txt", "Field \"text\"").
 */
export function checkReportText(text: string, label: string): void {
  const visible = text.replace(INVISIBLE, '');
  if (visible === '') {
    const what = text === '' ? 'is empty' : text.trim() === '' ? 'has only whitespace' : 'has only invisible characters';
    throw new NewsbriefError('EMPTY', `${label} ${what}: expected the text of a news report`, { path: label });
  }
  const words = text.match(WORD)?.length ?? 0;
  if (words < MIN_REPORT_WORDS) {
    throw new NewsbriefError('NOT_ARTICLE', `${label} is too short for a news report: expected at least ${MIN_REPORT_WORDS} words, found ${words}`, { path: label });
  }
}
