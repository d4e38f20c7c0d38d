/** @module Multi-document extractive summarization: candidates, concepts, scores, budgeted selection, reading order. */
import type { Report, SourceRef, SummarySentence } from '../types.js';
import { segmentReport } from '../text/index.js';
import { collectCandidates, type Candidate, type CandidateOptions } from './candidates.js';
import { extractConcepts } from './concepts.js';
import { figureKeysOf } from './figure-keys.js';
import { learnedScorer } from './learned-scorer.js';
import { includeNewest, newestDocs } from './newest-development.js';
import { orderForReading } from './reading-order.js';
import { groupSameContent } from './same-content.js';
import type { SelectionScorer } from './scorer.js';
import { selectGreedy } from './select-greedy.js';
import { selectByIlp, type IlpProblem } from './select-ilp.js';

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

/** The selection problem for one cluster's representatives, keeping only concepts worth covering. */
function buildProblem(representatives: readonly Candidate[], docCount: number, scorer: SelectionScorer, maxWords: number): IlpProblem {
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
  return {
    lengths: representatives.map((c) => c.words),
    conceptsOf: table.conceptsOf.map((ids) => {
      const kept: number[] = [];
      for (const id of ids) if (remap[id]! >= 0) kept.push(remap[id]!);
      return kept;
    }),
    weights,
    bonuses: Array.from(scores.sentenceBonuses),
    exclusions: scores.separateFigures === true ? sameFigurePairs(representatives) : [],
    budget: maxWords,
  };
}

/** Pairs of candidates that state the same figure: a summary says "10,000 civilians fled" once. */
function sameFigurePairs(candidates: readonly Candidate[]): [number, number][] {
  const holders = new Map<string, number[]>();
  candidates.forEach((c, j) => {
    for (const key of new Set(figureKeysOf(c.sentence.text))) {
      const list = holders.get(key);
      if (list) list.push(j);
      else holders.set(key, [j]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of holders.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const id = list[a]! * candidates.length + list[b]!;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([list[a]!, list[b]!]);
      }
    }
  }
  return pairs;
}

/** The summary of `reports` in at most `maxWords` words, each sentence with every report that says it. */
export async function summarize(reports: readonly Report[], options: SummarizeOptions): Promise<SummarySentence[]> {
  const all = collectCandidates(reports, reports.map(segmentReport), options.candidates);
  const group = groupSameContent(all);
  // One representative per statement enters the selection; the others become its extra sources.
  // A sentence stating a figure a later report changed is not offered at all: the brief states the newer one.
  const superseded = options.superseded ?? [];
  const representatives = all.filter((c, i) => group[i] === i && (superseded.length === 0 || !statesSuperseded(c, superseded)));
  const problem = buildProblem(representatives, reports.length, options.scorer ?? learnedScorer, options.maxWords);
  const select = (p: IlpProblem): number[] | Promise<number[]> => (options.selector === 'ilp' ? selectByIlp(p) : selectGreedy(p));
  const dateOf = (doc: number): string | null => options.reportDates?.[doc] ?? reports[doc]?.publishedAt ?? null;
  const chosen = await includeNewest(
    problem,
    representatives.map((c) => c.doc),
    representatives.map((c) => c.sentence.index),
    await select(problem),
    newestDocs(reports.length, dateOf),
    select,
  );
  const ordered = orderForReading(
    chosen.map((j) => representatives[j]!),
    reports,
    options.reportDates,
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
