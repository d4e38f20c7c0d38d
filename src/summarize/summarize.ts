/** @module Multi-document extractive summarization: candidates, concepts, scores, budgeted selection, reading order. */
import type { Report, SourceRef, SummarySentence } from '../types.js';
import { segmentReport } from '../text/index.js';
import { collectCandidates, type Candidate, type CandidateOptions } from './candidates.js';
import { extractConcepts } from './concepts.js';
import { figureKeysOf } from './figure-keys.js';
import { learnedScorer } from './learned-scorer.js';
import { droppableConnective, withoutConnective } from './leaning.js';
import { includeNewest, newestDocs } from './newest-development.js';
import { orderForReading } from './reading-order.js';
import { groupMembers, groupSameContent, statesSameFact } from './same-content.js';
import type { SelectionScorer } from './scorer.js';
import { selectGreedy } from './select-greedy.js';
import { selectByIlp, type IlpProblem } from './select-ilp.js';
import { buildUnits, type Unit } from './units.js';

export interface SummarizeOptions {
  /** Hard budget in whitespace words. */
  readonly maxWords: number;
  /** What the selection maximises; default the learned scorer. */
  readonly scorer?: SelectionScorer;
  /** "greedy" (default, milliseconds) or "ilp" (exact, HiGHS; 10-100x slower). */
  readonly selector?: 'greedy' | 'ilp';
  /** Which sentences may be chosen; defaults in candidates.ts. */
  readonly candidates?: CandidateOptions;
  /** Each report's date for the reading order, when known beyond `publishedAt` (e.g. from a dateline). */
  readonly reportDates?: readonly (string | null)[];
  /** Spans a newer report has superseded (an older casualty count): no chosen sentence states one. Default none. */
  readonly superseded?: readonly SourceRef[];
}

/** Whether a candidate's sentence holds one of the superseded spans. */
function statesSuperseded(c: Candidate, superseded: readonly SourceRef[]): boolean {
  const s = c.sentence;
  return superseded.some((x) => x.report === s.reportId && x.start >= s.start && x.end <= s.end);
}

/**
 * The selection problem over `units`: a unit covers the concepts of its members' statements (a near-copy
 * covers its group head's concepts; a predecessor that is no candidate, those of the table it contains) and
 * earns their bonuses; two units that say the same statement, or the same figure, exclude one another.
 */
function buildProblem(
  representatives: readonly Candidate[],
  units: readonly Unit[],
  representativeOf: ReadonlyMap<number, number>,
  docCount: number,
  scorer: SelectionScorer,
  maxWords: number,
): IlpProblem {
  const table = extractConcepts(representatives);
  const scores = scorer(table, representatives, { docCount, maxWords });
  const remap = new Int32Array(table.concepts.length).fill(-1);
  const weights: number[] = [];
  for (let id = 0; id < table.concepts.length; id++) {
    const weight = scores.conceptWeights[id]!;
    if (weight > 0) {
      remap[id] = weights.length;
      weights.push(weight);
    }
  }
  const kept = (ids: readonly number[]): number[] => {
    const out: number[] = [];
    for (let k = 0; k < ids.length; k++) if (remap[ids[k]!]! >= 0) out.push(remap[ids[k]!]!);
    return out;
  };
  // Plain indexed loops, not map() with closures, here and below: each call builds new closures, and the
  // optimised map() kept deoptimising on them (30-odd bailouts and recompiles of this function over a DUC 2004
  // batch); and until this code is optimised (a batch's first clusters) for-of allocates per element.
  const conceptsOfRepresentative: number[][] = [];
  for (let j = 0; j < table.conceptsOf.length; j++) conceptsOfRepresentative.push(kept(table.conceptsOf[j]!));
  let lookup: Map<number, number> | null = null;
  // One number per stem-id pair, second + 1 so a single word (second -1) is 0: stem ids stay below 2^21
  // (vocabulary.ts). A string key per token made this lookup the largest part of building the problem.
  const pairKey = (first: number, second: number): number => first * 0x200000 + (second + 1);
  // A unit's concepts are the distinct ones of its members, in first-seen order; each concept remembers the
  // last unit it was added to. (Built by push, not spread from a Set: a spread array has another elements
  // kind than a pushed one, and the greedy, seeing both, deoptimised on them.)
  const addedFor = new Int32Array(weights.length).fill(-1);
  const add = (union: number[], id: number, u: number): void => {
    if (addedFor[id] !== u) {
      addedFor[id] = u;
      union.push(id);
    }
  };
  /** Adds to `union` the kept concepts of the table that a sentence outside it contains. */
  const addConceptsOfOther = (c: Candidate, union: number[], u: number): void => {
    if (lookup === null) {
      lookup = new Map();
      for (let id = 0; id < table.concepts.length; id++) {
        const concept = table.concepts[id]!;
        if (remap[id]! >= 0) lookup.set(pairKey(concept.firstId, concept.secondId), remap[id]!);
      }
    }
    for (let t = 0; t < c.stemIds.length; t++) {
      if (!c.isStop[t]) {
        const id = lookup.get(pairKey(c.stemIds[t]!, -1));
        if (id !== undefined) add(union, id, u);
      }
      if (t + 1 < c.stemIds.length) {
        const id = lookup.get(pairKey(c.stemIds[t]!, c.stemIds[t + 1]!));
        if (id !== undefined) add(union, id, u);
      }
    }
  };
  // A member that is its statement's representative covers that sentence's concepts; any other member (a
  // copy in another report, which may be shorter, or a predecessor that is no candidate) covers the concepts
  // its own words contain, and earns its statement's bonus in proportion to its length (the bonus is a
  // density times length, learned-scorer.ts).
  const own = (unit: Unit, m: number): number | undefined => {
    const j = representativeOf.get(unit.statements[m]!);
    return j !== undefined && representatives[j] === unit.members[m] ? j : undefined;
  };
  const conceptsOf: number[][] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const single = unit.members.length === 1 ? own(unit, 0) : undefined;
    if (single !== undefined) {
      conceptsOf.push(conceptsOfRepresentative[single]!);
      continue;
    }
    const union: number[] = [];
    for (let m = 0; m < unit.members.length; m++) {
      const j = own(unit, m);
      if (j === undefined) {
        addConceptsOfOther(unit.members[m]!, union, u);
        continue;
      }
      const ids = conceptsOfRepresentative[j]!;
      for (let k = 0; k < ids.length; k++) add(union, ids[k]!, u);
    }
    conceptsOf.push(union);
  }
  const bonuses: number[] = [];
  const lengths: number[] = [];
  for (const unit of units) {
    let bonus = 0;
    for (let m = 0; m < unit.members.length; m++) {
      const j = representativeOf.get(unit.statements[m]!);
      if (j !== undefined) bonus += (scores.sentenceBonuses[j]! * unit.members[m]!.words) / representatives[j]!.words;
    }
    bonuses.push(bonus);
    lengths.push(unit.words);
  }
  return {
    lengths,
    conceptsOf,
    weights,
    bonuses,
    exclusions: sharedStatementPairs(units, scores.separateFigures === true),
    extensions: extensionsOf(units),
    budget: maxWords,
  };
}

/** Pairs of units that may not both be chosen: they say one statement, or (with `figures`) one figure. */
function sharedStatementPairs(units: readonly Unit[], figures: boolean): [number, number][] {
  // A statement is held under its number and a figure under its key: a number and a string are two keys of a
  // Map, so the two never meet, and no key string is built per statement.
  const holders = new Map<number | string, number[]>();
  const hold = (key: number | string, u: number): void => {
    const list = holders.get(key);
    if (!list) holders.set(key, [u]);
    else if (list[list.length - 1] !== u) list.push(u);
  };
  // A sentence is a member of several units (alone, and before the sentences that lean on it): its figures
  // are found once.
  const figuresOf = new Map<Candidate, readonly string[]>();
  for (let u = 0; u < units.length; u++) {
    const { statements, members } = units[u]!;
    for (let k = 0; k < statements.length; k++) hold(statements[k]!, u);
    if (!figures) continue;
    for (let m = 0; m < members.length; m++) {
      let keys = figuresOf.get(members[m]!);
      if (keys === undefined) {
        keys = [...new Set(figureKeysOf(members[m]!.sentence.text))];
        figuresOf.set(members[m]!, keys);
      }
      for (let k = 0; k < keys.length; k++) hold(keys[k]!, u);
    }
  }
  return pairsWithin(holders.values(), units.length);
}

/** Pairs [j, k] of units where j says every statement k says, and more: j grows k (select-greedy.ts). */
function extensionsOf(units: readonly Unit[]): [number, number][] {
  const saying = new Map<number, number[]>();
  for (let u = 0; u < units.length; u++) {
    const { statements } = units[u]!;
    for (let k = 0; k < statements.length; k++) {
      const list = saying.get(statements[k]!);
      if (list) list.push(u);
      else saying.set(statements[k]!, [u]);
    }
  }
  const pairs: [number, number][] = [];
  for (let j = 0; j < units.length; j++) {
    const unit = units[j]!;
    if (unit.members.length === 1) continue;
    const mine = new Set(unit.statements);
    const sayers = saying.get(unit.statements[0]!) ?? [];
    for (let s = 0; s < sayers.length; s++) {
      const k = sayers[s]!;
      const other = units[k]!;
      if (k !== j && other.statements.length < unit.statements.length && other.statements.every((t) => mine.has(t))) pairs.push([j, k]);
    }
  }
  return pairs;
}

/** Every pair of indices that share a list, each pair once. */
function pairsWithin(lists: Iterable<readonly number[]>, count: number): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of lists) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = Math.min(list[a]!, list[b]!);
        const y = Math.max(list[a]!, list[b]!);
        const id = x * count + y;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([x, y]);
      }
    }
  }
  return pairs;
}

/** The summary of `reports` in at most `maxWords` words, each sentence with every report that says the same. */
export async function summarize(reports: readonly Report[], options: SummarizeOptions): Promise<SummarySentence[]> {
  const sentencesByReport = reports.map(segmentReport);
  const all = collectCandidates(reports, sentencesByReport, options.candidates);
  const group = groupSameContent(all);
  // One representative per statement carries its concepts and bonus; the units say it (units.ts).
  const representativeOf = new Map<number, number>();
  const representatives: Candidate[] = [];
  all.forEach((c, i) => {
    if (group[i] !== i) return;
    representativeOf.set(i, representatives.length);
    representatives.push(c);
  });
  // A sentence stating a figure a later report changed is not offered at all: the brief states the newer one.
  const superseded = options.superseded ?? [];
  const units = buildUnits({ reports, sentencesByReport, all, group }).filter(
    (unit) => superseded.length === 0 || !unit.members.some((c) => statesSuperseded(c, superseded)),
  );
  const problem = buildProblem(representatives, units, representativeOf, reports.length, options.scorer ?? learnedScorer, options.maxWords);
  const select = (p: IlpProblem): number[] | Promise<number[]> => (options.selector === 'ilp' ? selectByIlp(p) : selectGreedy(p));
  const dateOf = (doc: number): string | null => options.reportDates?.[doc] ?? reports[doc]?.publishedAt ?? null;
  const chosen = (
    await includeNewest(
      problem,
      units.map((u) => u.members[0]!.doc),
      units.map((u) => u.members[0]!.sentence.index),
      await select(problem),
      newestDocs(reports.length, dateOf),
      select,
    )
  ).map((u) => units[u]!);
  // Units are placed by their first sentence; the rest of a unit follows it at once, whatever the order.
  const unitOf = new Map<Candidate, Unit>();
  for (const unit of chosen) unitOf.set(unit.members[0]!, unit);
  const ordered = orderForReading([...unitOf.keys()], reports, options.reportDates).flatMap((lead) => unitOf.get(lead)!.members);
  const leads = new Set(unitOf.keys());
  const indexOf = new Map<Candidate, number>();
  all.forEach((c, i) => indexOf.set(c, i));
  const membersOf = groupMembers(group);
  return ordered.map((said) => {
    const i = indexOf.get(said);
    const others = i === undefined ? [] : membersOf.get(group[i]!)!.map((k) => all[k]!).filter((c) => c !== said && statesSameFact(said, c));
    // A unit's first sentence is said without its connective (leaning.ts), as its length was counted; the
    // rest of a unit follows the sentence its connective relates to and keeps it.
    const cut = leads.has(said) ? droppableConnective(said.sentence.text) : 0;
    const sources = [said, ...others].map((c) => ({ report: c.sentence.reportId, start: c.sentence.start, end: c.sentence.end }));
    sources[0] = { ...sources[0]!, start: sources[0]!.start + cut };
    return { text: cut === 0 ? said.sentence.text : withoutConnective(said.sentence.text), sources };
  });
}
