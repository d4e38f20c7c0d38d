/** @module Names listed together are of one kind: the untyped names of a list with a place in it are places. */
import type { EntityType } from '../../types.js';

/** A name found in a sentence, before lists settle its kind. */
export interface Found {
  readonly text: string;
  type: EntityType | null;
  readonly startRel: number;
  readonly endRel: number;
  readonly acronym: string | null;
  /** A title or a known given or family name says this is a person. */
  readonly isFirmPerson: boolean;
  /** Typed a person only because compromise guessed Person for unknown capitalised words. */
  readonly isGuessedPerson: boolean;
  readonly isRejected: boolean;
}

/**
 * Names listed together are of one kind: in "areas including Jabal Badra, Baadeeen, Inzarat and Ain
 * al-Tall" the first is a place by its cue, so the untyped ones are too, and in a list of three or
 * more so are those compromise guessed were people. A list with a firm person in it is left alone
 * ("Hun Sen and FUNCINPEC" mixes kinds). Sets `type` in place.
 */
export function typeLists(text: string, found: Found[]): void {
  let first = 0;
  for (let k = 1; k <= found.length; k++) {
    const gap = k < found.length ? text.slice(found[k - 1]!.endRel, found[k]!.startRel) : '';
    // "Benjamin Netanyahu of Israel and Yasser Arafat": the place is the person's, in the same item of the list.
    const joined = k < found.length && (/^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/.test(gap) || (/^\s+of\s+$/.test(gap) && found[k - 1]!.isFirmPerson));
    if (joined) continue;
    const list = found.slice(first, k);
    first = k;
    if (list.length < 2 || list.some((f) => f.isFirmPerson) || !list.some((f) => f.type === 'place' && !f.isGuessedPerson)) continue;
    for (const f of list) if ((f.type === null && !f.isRejected) || (list.length >= 3 && f.isGuessedPerson)) f.type = 'place';
  }
}
