/** @module Multi-document extractive summarization: candidates, concepts, weights, ILP selection, reading order. */
import type { Report, SummarySentence } from '../types.js';
import { segmentReport } from '../text/index.js';
import { collectCandidates, type Candidate } from './candidates.js';
import { extractConcepts } from './concepts.js';
import { orderForReading } from './reading-order.js';
import { groupSameContent } from './same-content.js';
import { selectGreedy } from './select-greedy.js';
import { documentFrequencyWeigher, type ConceptWeigher } from './weights.js';

export interface SummarizeOptions {
  /** Hard budget in whitespace words. */
  readonly maxWords: number;
  /** Concept weighting; default document frequency. */
  readonly weigher?: ConceptWeigher;
}

/**
 * Weight of the lead-position tie-break, relative to a concept of weight 1. Small enough never to outweigh a
 * concept, large enough to prefer a report's opening sentences when coverage is equal.
 */
export const LEAD_BONUS = 0.1;

/** The summary of `reports` in at most `maxWords` words, each sentence with every report that says it. */
export async function summarize(reports: readonly Report[], options: SummarizeOptions): Promise<SummarySentence[]> {
  const weigher = options.weigher ?? documentFrequencyWeigher;
  const sentences = reports.map(segmentReport);
  const all = collectCandidates(reports, sentences);
  const group = groupSameContent(all);
  // One representative per statement enters the selection; the others become its extra sources.
  const representatives = all.filter((_, i) => group[i] === i);
  const table = extractConcepts(representatives);
  const context = { docCount: reports.length };
  const conceptIds: number[] = [];
  const weights: number[] = [];
  const remap = new Map<number, number>();
  table.concepts.forEach((concept, id) => {
    const weight = weigher(concept, context);
    if (weight > 0) {
      remap.set(id, weights.length);
      conceptIds.push(id);
      weights.push(weight);
    }
  });
  const chosen = selectGreedy({
    lengths: representatives.map((c) => c.words),
    conceptsOf: table.conceptsOf.map((ids) => ids.flatMap((id) => (remap.has(id) ? [remap.get(id)!] : []))),
    weights,
    bonuses: representatives.map((c) => LEAD_BONUS / (1 + c.position)),
    budget: options.maxWords,
  });
  const ordered = orderForReading(
    chosen.map((j) => representatives[j]!),
    reports,
  );
  const membersOf = new Map<Candidate, Candidate[]>();
  all.forEach((candidate, i) => {
    const head = all[group[i]!]!;
    const list = membersOf.get(head) ?? [];
    list.push(candidate);
    membersOf.set(head, list);
  });
  return ordered.map((head) => ({
    text: head.sentence.text,
    sources: (membersOf.get(head) ?? [head]).map((c) => ({
      report: c.sentence.reportId,
      start: c.sentence.start,
      end: c.sentence.end,
    })),
  }));
}
