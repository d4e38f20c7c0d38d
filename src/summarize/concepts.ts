/** @module Finds the concepts a summary should cover: content words and word bigrams, with their statistics. */
import type { Candidate } from './candidates.js';
import { stemOf } from './vocabulary.js';

/** A concept (a stemmed content word or word bigram) and what we know about it across the cluster. */
export interface Concept {
  /** 1 for a single content word, 2 for a bigram. */
  readonly order: 1 | 2;
  /** Stem ids (vocabulary.ts) of the (first) word and, for a bigram, the second; -1 for a single word. */
  readonly firstId: number;
  readonly secondId: number;
  /** Number of reports whose candidate sentences contain it. */
  readonly df: number;
  /** Number of occurrences over all candidate sentences. */
  readonly tf: number;
  /** Smallest sentence position (0 = a report's first sentence) where it occurs. */
  readonly firstPosition: number;
  /** Whether one of its two words is a stop word ("of the" is filtered out, "the president" is kept). */
  readonly hasStopWord: boolean;
}

export interface ConceptTable {
  readonly concepts: readonly Concept[];
  /** For each candidate, the indices of the distinct concepts it contains. */
  readonly conceptsOf: readonly (readonly number[])[];
}

// Why a hand-made table: concepts are keyed by a pair of stem ids, and a Map keyed by one number made of the
// pair (first * 2^21 + second) boxes every key past 2^31 as a heap number; on Multi-News (a millisecond per
// cluster) that Map was a sixth of the time. Open addressing over Int32Arrays, kept between calls and
// cleared slot by slot, does the same lookups without allocating.
let slotFirst = new Int32Array(0);
let slotSecond = new Int32Array(0);
let slotConcept = new Int32Array(0);
// Per concept id: the last candidate that listed it, so a candidate lists each of its concepts once, and the
// last report it was seen in, so its df counts reports.
let listedBy = new Int32Array(0);
let lastDoc = new Int32Array(0);

function prepareSlots(tokens: number): number {
  // Every token adds at most two concepts; at most half the slots are ever used.
  let size = 1024;
  while (size < 4 * tokens) size *= 2;
  if (slotConcept.length < size) {
    slotFirst = new Int32Array(size);
    slotSecond = new Int32Array(size);
    slotConcept = new Int32Array(size).fill(-1);
  }
  if (listedBy.length < 2 * tokens) {
    listedBy = new Int32Array(Math.max(1024, 4 * tokens));
    lastDoc = new Int32Array(listedBy.length);
  }
  return size - 1;
}

/** A concept while its statistics are counted; handed out as a (readonly) Concept. */
type CountedConcept = { -readonly [K in keyof Concept]: Concept[K] };

/**
 * The concepts of one table, each made once as the object it is handed out as and counted in place: a table has
 * thousands of concepts, and a parallel array per statistic (copied into objects at the end) was most of
 * extractConcepts' allocation. A class rather than a closure per call: the optimised caller checks its call
 * target, and a new closure each call made it deoptimise.
 */
class ConceptCounter {
  readonly concepts: CountedConcept[] = [];
  /** Slots taken in the module's table, cleared when the table is done. */
  readonly used: number[] = [];
  constructor(private readonly mask: number) {}

  /** The id of concept (a, b) (b = -1 for a single word), made on first sight, with this occurrence counted. */
  idOf(a: number, b: number, kind: 1 | 2, stop: boolean, doc: number, position: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) & this.mask;
    let id = slotConcept[slot]!;
    while (id >= 0 && (slotFirst[slot] !== a || slotSecond[slot] !== b)) {
      slot = (slot + 1) & this.mask;
      id = slotConcept[slot]!;
    }
    if (id < 0) {
      id = this.concepts.length;
      slotFirst[slot] = a;
      slotSecond[slot] = b;
      slotConcept[slot] = id;
      this.used.push(slot);
      this.concepts.push({ order: kind, firstId: a, secondId: b, df: 0, tf: 0, firstPosition: position, hasStopWord: stop });
      lastDoc[id] = -1;
      listedBy[id] = -1;
    }
    const concept = this.concepts[id]!;
    if (lastDoc[id] !== doc) {
      lastDoc[id] = doc;
      concept.df += 1;
    }
    concept.tf += 1;
    if (position < concept.firstPosition) concept.firstPosition = position;
    return id;
  }
}

/**
 * Collects concepts over the candidates: word bigrams, as in Gillick & Favre (2009), minus those made only of
 * stop words, and single content words, which carry the ROUGE-1 side of coverage (RegSum, Hong & Nenkova 2014).
 * Everything is kept with its statistics so that weighting can decide. Candidates must come in report order
 * (as `collectCandidates` returns them): distinct reports are counted by watching the report index change.
 * Indexed loops throughout: for-of allocates an iterator result per element until the code is optimised, and a
 * batch spends its first clusters there.
 */
export function extractConcepts(candidates: readonly Candidate[]): ConceptTable {
  let tokens = 0;
  for (let j = 0; j < candidates.length; j++) tokens += candidates[j]!.stemIds.length;
  // Only slots of this table's size are used, so the mask is the table's; larger leftover arrays are fine.
  const counter = new ConceptCounter(prepareSlots(tokens));
  const conceptsOf: number[][] = [];
  // A candidate's concepts are gathered in one reused array (written by index up to a count: `length = 0`
  // would drop its storage) and copied out at their final length: pushed into a fresh array each, they grew
  // it two or three times.
  const own: number[] = [];
  for (let j = 0; j < candidates.length; j++) {
    const { isStop, doc, position, stemIds: ids } = candidates[j]!;
    let count = 0;
    for (let t = 0; t < ids.length; t++) {
      const a = ids[t]!;
      if (!isStop[t]) {
        const id = counter.idOf(a, -1, 1, false, doc, position);
        if (listedBy[id] !== j) {
          listedBy[id] = j;
          own[count++] = id;
        }
      }
      if (t + 1 < ids.length && !(isStop[t] && isStop[t + 1])) {
        const id = counter.idOf(a, ids[t + 1]!, 2, Boolean(isStop[t] || isStop[t + 1]), doc, position);
        if (listedBy[id] !== j) {
          listedBy[id] = j;
          own[count++] = id;
        }
      }
    }
    conceptsOf.push(own.slice(0, count));
  }
  const { concepts, used } = counter;
  for (let u = 0; u < used.length; u++) slotConcept[used[u]!] = -1;
  return { concepts, conceptsOf };
}

/**
 * The concept as text: its stem, or its two stems joined by a space (how training matches it against the
 * stems of human summaries). Made on demand: a cluster has thousands of concepts and scoring needs none of it.
 */
export function conceptKey(concept: Concept): string {
  const first = stemOf(concept.firstId);
  return concept.secondId < 0 ? first : `${first} ${stemOf(concept.secondId)}`;
}
