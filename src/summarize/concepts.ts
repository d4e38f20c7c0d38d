/** @module Finds the concepts a summary should cover: word bigrams shared across reports, with their statistics. */
import type { Candidate } from './candidates.js';

/** A concept (a stemmed content word or word bigram) and what we know about it across the cluster. */
export interface Concept {
  readonly key: string;
  /** 1 for a single content word, 2 for a bigram. */
  readonly order: 1 | 2;
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

/**
 * Collects concepts over the candidates: word bigrams, as in Gillick & Favre (2009), minus those made only of
 * stop words, and single content words, which carry the ROUGE-1 side of coverage (RegSum, Hong & Nenkova 2014).
 * Everything is kept with its statistics so that weighting can decide.
 */
export function extractConcepts(candidates: readonly Candidate[]): ConceptTable {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const docsSeen: Set<number>[] = [];
  const tf: number[] = [];
  const first: number[] = [];
  const stopFlag: boolean[] = [];
  const orders: (1 | 2)[] = [];
  const conceptsOf = candidates.map((candidate) => {
    const own = new Set<number>();
    const { stems, isStop } = candidate;
    const add = (key: string, order: 1 | 2, hasStop: boolean): void => {
      let id = index.get(key);
      if (id === undefined) {
        id = keys.length;
        index.set(key, id);
        keys.push(key);
        docsSeen.push(new Set());
        tf.push(0);
        first.push(candidate.position);
        stopFlag.push(hasStop);
        orders.push(order);
      }
      docsSeen[id]!.add(candidate.doc);
      tf[id]! += 1;
      if (candidate.position < first[id]!) first[id] = candidate.position;
      own.add(id);
    };
    for (let t = 0; t < stems.length; t++) {
      if (!isStop[t]) add(stems[t]!, 1, false);
      if (t + 1 < stems.length && !(isStop[t] && isStop[t + 1])) {
        add(`${stems[t]} ${stems[t + 1]}`, 2, Boolean(isStop[t] || isStop[t + 1]));
      }
    }
    return [...own];
  });
  const concepts = keys.map((key, id) => ({
    key,
    order: orders[id]!,
    df: docsSeen[id]!.size,
    tf: tf[id]!,
    firstPosition: first[id]!,
    hasStopWord: stopFlag[id]!,
  }));
  return { concepts, conceptsOf };
}
