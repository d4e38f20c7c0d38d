/** @module What the selection chooses among: a statement said alone, or a leaning sentence with the ones it leans on. */
import type { Report, Sentence } from '../types.js';
import { countWords, unpairedQuotes } from '../text/index.js';
import { DEFAULT_MAX_WORDS, isWhole, type Candidate } from './candidates.js';
import { droppableConnective, standsAlone } from './leaning.js';
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
//
// A quotation that runs over sentences is a chain of the same kind, read forward: the sentence that opens it
// can be said only with the ones up to the sentence that closes it, and a sentence inside or closing it leans
// on the opener. Marks are read within a paragraph (quotes.ts): a mark whose quotation does not close within
// MAX_UNIT_SENTENCES sentences of its paragraph is read as a stray one, and its sentence is offered as before.

/** A unit of more than this many sentences costs the budget of a whole summary; longer chains are dropped. */
export const MAX_UNIT_SENTENCES = 3;
/** A predecessor that is not itself a candidate (too short) may still open a unit if it has this many words. */
export const MIN_PREDECESSOR_WORDS = 3;

/** Where each sentence of a report stands in a quotation that runs over sentences. */
export interface QuoteSpans {
  /** The sentence starts inside a quotation an earlier sentence opened: it leans on that one. */
  readonly inside: readonly boolean[];
  /** Position of the sentence that closes the quotation this one leaves open; -1 when it leaves none open. */
  readonly closer: readonly number[];
  /** The sentence opens a quotation that does not close within MAX_UNIT_SENTENCES sentences of its paragraph. */
  readonly stray: readonly boolean[];
}

/** The multi-sentence quotations of one report's `sentences` (in order) in `text`. */
export function quoteSpans(text: string, sentences: readonly Sentence[]): QuoteSpans {
  const n = sentences.length;
  const inside = new Array<boolean>(n).fill(false);
  const closer = new Array<number>(n).fill(-1);
  const stray = new Array<boolean>(n).fill(false);
  const toggles = sentences.map((s) => unpairedQuotes(s.text) % 2 === 1);
  /** Whether sentence k follows k - 1 in one paragraph of article text. */
  const joined = (k: number): boolean =>
    sentences[k]!.isArticle && sentences[k - 1]!.isArticle && !text.slice(sentences[k - 1]!.end, sentences[k]!.start).includes('\n');
  for (let k = 0; k < n; k++) {
    if (!toggles[k]) continue;
    let close = -1;
    for (let j = k + 1; j < n && j < k + MAX_UNIT_SENTENCES && joined(j); j++) {
      if (toggles[j]) {
        close = j;
        break;
      }
    }
    if (close === -1) {
      stray[k] = true;
      continue;
    }
    for (let j = k; j < close; j++) closer[j] = close;
    for (let j = k + 1; j <= close; j++) inside[j] = true;
    k = close;
  }
  return { inside, closer, stray };
}

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
  const membersOf = new Map<number, number[]>();
  all.forEach((_, i) => {
    const list = membersOf.get(group[i]!);
    if (list) list.push(i);
    else membersOf.set(group[i]!, [i]);
  });
  const positionOf = new Map<Sentence, number>();
  for (const sentences of sentencesByReport) sentences.forEach((sentence, k) => positionOf.set(sentence, k));
  const quotes = sentencesByReport.map((sentences, doc) => quoteSpans(reports[doc]!.text, sentences));
  /** Whether `c` may open what is said: its opening leans on nothing, and it is inside no quotation. */
  const opens = (c: Candidate): boolean => !quotes[c.doc]!.inside[positionOf.get(c.sentence)!]! && standsAlone(c.sentence.text);
  /** Whether a unit may end with `c`: it leaves no quotation open. */
  const ends = (c: Candidate): boolean => quotes[c.doc]!.closer[positionOf.get(c.sentence)!] === -1;
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
  /** The quotations already made a unit of from their opening side, by their closing sentence and first member. */
  const madeQuotes = new Set<string>();
  for (const [head, list] of membersOf) {
    // The head says the statement when it can; when it leans, every copy that does not is offered.
    const alone = (i: number): boolean => opens(all[i]!) && ends(all[i]!);
    const plain = alone(head) ? [head] : list.filter(alone);
    for (const i of plain) units.push({ members: [all[i]!], statements: [head], words: unitWords([all[i]!]) });
    for (const i of list) {
      const c = all[i]!;
      if (alone(i)) continue;
      if (ends(c)) {
        const before = antecedents(c);
        if (!before || before.statements.includes(head)) continue;
        const members = [...before.members, c];
        units.push({ members, statements: [...before.statements, head], words: unitWords(members) });
        continue;
      }
      // c leaves a quotation open: the unit runs on to the sentence that closes it.
      const k = positionOf.get(c.sentence)!;
      const close = quotes[c.doc]!.closer[k]!;
      if (close === -1) continue;
      const last = sentencesByReport[c.doc]![close]!;
      const known = indexOf.get(last);
      // A closer that is a candidate makes this unit itself (as its own statement's leaning member).
      if (known !== undefined) continue;
      const words = countWords(last.text);
      if (words < MIN_PREDECESSOR_WORDS || words > DEFAULT_MAX_WORDS || !isWhole(last.text)) continue;
      const made = asCandidate(last, c.doc, c.position + (close - k));
      const before = antecedents(made.candidate);
      if (!before || !before.members.includes(c)) continue;
      const members = [...before.members, made.candidate];
      const key = `${c.doc}:${members[0]!.sentence.index}:${close}`;
      if (madeQuotes.has(key)) continue;
      madeQuotes.add(key);
      units.push({ members, statements: [...before.statements, made.statement], words: unitWords(members) });
    }
  }
  return units;
}
