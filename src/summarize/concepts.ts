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

// Stems are integers (vocabulary.ts, below 2^21) and bigrams a single number (first * 2^21 + second), so the
// hot loop does numeric Map lookups instead of building a string per token pair; strings are made once per concept.
const BIGRAM_SHIFT = 2 ** 21;

/**
 * Collects concepts over the candidates: word bigrams, as in Gillick & Favre (2009), minus those made only of
 * stop words, and single content words, which carry the ROUGE-1 side of coverage (RegSum, Hong & Nenkova 2014).
 * Everything is kept with its statistics so that weighting can decide. Candidates must come in report order
 * (as `collectCandidates` returns them): distinct reports are counted by watching the report index change.
 */
export function extractConcepts(candidates: readonly Candidate[]): ConceptTable {
  const index = new Map<number, number>();
  const order: (1 | 2)[] = [];
  const firstStem: number[] = [];
  const secondStem: number[] = [];
  const df: number[] = [];
  const lastDoc: number[] = [];
  const tf: number[] = [];
  const firstPosition: number[] = [];
  const hasStop: boolean[] = [];
  const conceptsOf = candidates.map((candidate) => {
    const own: number[] = [];
    const { isStop, doc, position } = candidate;
    const ids = candidate.stemIds;
    const add = (key: number, kind: 1 | 2, a: number, b: number, stop: boolean): void => {
      let id = index.get(key);
      if (id === undefined) {
        id = order.length;
        index.set(key, id);
        order.push(kind);
        firstStem.push(a);
        secondStem.push(b);
        df.push(0);
        lastDoc.push(-1);
        tf.push(0);
        firstPosition.push(position);
        hasStop.push(stop);
      }
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id]! += 1;
      }
      tf[id]! += 1;
      if (position < firstPosition[id]!) firstPosition[id] = position;
      own.push(id);
    };
    for (let t = 0; t < ids.length; t++) {
      const a = ids[t]!;
      if (!isStop[t]) add(-1 - a, 1, a, -1, false);
      if (t + 1 < ids.length && !(isStop[t] && isStop[t + 1])) {
        const b = ids[t + 1]!;
        add(a * BIGRAM_SHIFT + b, 2, a, b, Boolean(isStop[t] || isStop[t + 1]));
      }
    }
    return own.length > 1 ? [...new Set(own)] : own;
  });
  const concepts: Concept[] = order.map((kind, id) => {
    return {
      order: kind,
      firstId: firstStem[id]!,
      secondId: kind === 2 ? secondStem[id]! : -1,
      df: df[id]!,
      tf: tf[id]!,
      firstPosition: firstPosition[id]!,
      hasStopWord: hasStop[id]!,
    };
  });
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
