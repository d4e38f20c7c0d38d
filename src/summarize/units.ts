/** @module What the selection chooses among: a statement said alone, or a leaning sentence with the ones it leans on. */
import type { Report, Sentence } from '../types.js';
import { countWords } from '../text/index.js';
import { DEFAULT_MAX_WORDS, isWhole, type Candidate } from './candidates.js';
import { droppableConnective, standsAlone } from './leaning.js';
import { groupMembers } from './same-content.js';
import { encodeWords } from './vocabulary.js';

// A sentence that opens by leaning on its predecessor ("However, ...", "He then ...") may enter a summary
// only right after that predecessor (issue 20). A hard constraint "chosen(dependent) <= chosen(predecessor)"
// met that but cost ROUGE: a greedy never sees what the pair is worth together, and a dependent whose
// predecessor is too short to be a candidate could never be chosen. So the selection chooses among units
// instead: each statement (a group of near-copies, same-content.ts) can be said
//   - alone, by its first member that does not lean (a copy in another report often opens plainly), or
//   - by a leaning member together with the sentences it leans on, back to one that stands alone (at most
//     MAX_UNIT_SENTENCES in all), with their joint length and joint concepts.
// Units that share a statement exclude one another, so each statement is said at most once.

/** A unit of more than this many sentences costs the budget of a whole summary; longer chains are dropped. */
export const MAX_UNIT_SENTENCES = 3;
/** A predecessor that is not itself a candidate (too short) may still open a unit if it has this many words. */
export const MIN_PREDECESSOR_WORDS = 3;

export interface Unit {
  /** The sentences in report order; the last is the statement the unit was made for. */
  readonly members: readonly Candidate[];
  /** The statement (group id in `all`) of each member; a member that is no candidate gets an id of its own. */
  readonly statements: readonly number[];
  /** Words as said: the first member without a droppable connective (leaning.ts), the others whole. */
  readonly words: number;
}

export interface UnitInput {
  readonly reports: readonly Report[];
  readonly sentencesByReport: readonly (readonly Sentence[])[];
  /** All candidates, in report order, and each one's statement (the index of its group head). */
  readonly all: readonly Candidate[];
  readonly group: readonly number[];
}

/** The units of a cluster: one or more per statement whose members can be said without a missing antecedent. */
export function buildUnits({ reports, sentencesByReport, all, group }: UnitInput): Unit[] {
  const indexOf = new Map<Sentence, number>();
  all.forEach((c, i) => indexOf.set(c.sentence, i));
  const membersOf = groupMembers(group);
  const positionOf = new Map<Sentence, number>();
  for (const sentences of sentencesByReport) sentences.forEach((sentence, k) => positionOf.set(sentence, k));
  /** Whether `c` may open what is said: its opening leans on nothing. Asked two or three times per candidate, so kept. */
  const opening = new Map<Candidate, boolean>();
  const opens = (c: Candidate): boolean => {
    let stands = opening.get(c);
    if (stands === undefined) {
      stands = standsAlone(c.sentence.text);
      opening.set(c, stands);
    }
    return stands;
  };
  let ownStatement = all.length;
  const extra = new Map<Sentence, { candidate: Candidate; statement: number }>();
  /** The candidate for a sentence that is not one (a short predecessor), made once. */
  const asCandidate = (sentence: Sentence, doc: number, position: number): { candidate: Candidate; statement: number } => {
    let made = extra.get(sentence);
    if (!made) {
      const { stemIds, isStop } = encodeWords(sentence.text);
      made = { candidate: { sentence, doc, stemIds, isStop, words: countWords(sentence.text), position }, statement: ownStatement++ };
      extra.set(sentence, made);
    }
    return made;
  };
  /** The sentences `c` leans on, nearest last, ending with one that stands alone; null when there is none. */
  const antecedents = (c: Candidate): { members: Candidate[]; statements: number[] } | null => {
    const members: Candidate[] = [];
    const statements: number[] = [];
    let current = c;
    while (!opens(current)) {
      if (members.length + 2 > MAX_UNIT_SENTENCES) return null;
      const sentences = sentencesByReport[current.doc]!;
      const here = positionOf.get(current.sentence)!;
      const before = here > 0 ? sentences[here - 1]! : undefined;
      const text = reports[current.doc]!.text;
      if (!before || !before.isArticle || text.slice(before.end, current.sentence.start).trim() !== '') return null;
      const known = indexOf.get(before);
      if (known !== undefined) {
        current = all[known]!;
        members.unshift(current);
        statements.unshift(group[known]!);
        continue;
      }
      const words = countWords(before.text);
      if (words < MIN_PREDECESSOR_WORDS || words > DEFAULT_MAX_WORDS || !isWhole(before.text)) return null;
      const made = asCandidate(before, current.doc, Math.max(0, current.position - 1));
      current = made.candidate;
      members.unshift(current);
      statements.unshift(made.statement);
    }
    return { members, statements };
  };
  const unitWords = (members: readonly Candidate[]): number => {
    const first = members[0]!.sentence.text;
    const cut = droppableConnective(first);
    let words = cut === 0 ? members[0]!.words : countWords(first.slice(cut));
    for (let m = 1; m < members.length; m++) words += members[m]!.words;
    return words;
  };
  const units: Unit[] = [];
  for (const [head, list] of membersOf) {
    // The head says the statement when it can; when it leans, every copy that does not is offered.
    const plain = opens(all[head]!) ? [head] : list.filter((i) => opens(all[i]!));
    for (const i of plain) units.push({ members: [all[i]!], statements: [head], words: unitWords([all[i]!]) });
    for (const i of list) {
      const c = all[i]!;
      if (opens(c)) continue;
      const before = antecedents(c);
      if (!before || before.statements.includes(head)) continue;
      const members = [...before.members, c];
      units.push({ members, statements: [...before.statements, head], words: unitWords(members) });
    }
  }
  return units;
}
