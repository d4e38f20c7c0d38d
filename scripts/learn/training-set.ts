/** @module Turns dataset clusters into training examples: concept and sentence features with their targets. */
import { reportsFromCluster } from '../../src/ingest/index.js';
import { segmentReport, tokenize } from '../../src/text/index.js';
import {
  collectCandidates,
  extractConcepts,
  groupSameContent,
  type Background,
  type Candidate,
  type ConceptTable,
} from '../../src/summarize/index.js';
import { conceptKey } from '../../src/summarize/concepts.js';
import { stemOf } from '../../src/summarize/vocabulary.js';

export interface TrainingCluster {
  readonly id: string;
  readonly docCount: number;
  readonly candidates: readonly Candidate[];
  readonly table: ConceptTable;
  /** Stemmed tokens of each reference summary, in the summarizer's own stem space. */
  readonly references: readonly (readonly string[])[];
  readonly referenceTexts: readonly string[];
}

export function buildTrainingCluster(cluster: { id: string; documents: string[]; summaries: string[] }): TrainingCluster | null {
  const reports = reportsFromCluster(cluster);
  if (reports.length === 0) return null;
  const all = collectCandidates(reports, reports.map(segmentReport));
  const group = groupSameContent(all);
  const candidates = all.filter((_, i) => group[i] === i);
  if (candidates.length === 0) return null;
  return {
    id: cluster.id,
    docCount: reports.length,
    candidates,
    table: extractConcepts(candidates),
    references: cluster.summaries.map((s) => tokenize(s).map((t) => t.stem)),
    referenceTexts: cluster.summaries,
  };
}

/** Share of the references that contain each concept (unigram or bigram of stems). */
export function conceptLabels(cluster: TrainingCluster): Float64Array {
  const sets = cluster.references.map((tokens) => {
    const set = new Set<string>(tokens);
    for (let i = 0; i + 1 < tokens.length; i++) set.add(`${tokens[i]} ${tokens[i + 1]}`);
    return set;
  });
  return Float64Array.from(cluster.table.concepts.map((c) => sets.filter((s) => s.has(conceptKey(c))).length / sets.length));
}

/**
 * Share of each sentence's tokens found in a reference, averaged over references. With `bigramWeight` > 0,
 * that share of the target is instead the share of the sentence's token bigrams found in a reference.
 */
export function sentenceTargets(cluster: TrainingCluster, bigramWeight = 0): Float64Array {
  const sets = cluster.references.map((tokens) => new Set(tokens));
  const bigramSets = cluster.references.map((tokens) => new Set(tokens.slice(1).map((t, i) => `${tokens[i]} ${t}`)));
  return Float64Array.from(
    cluster.candidates.map((c) => {
      if (c.stemIds.length === 0) return 0;
      // Stem ids are only valid until the vocabulary resets (vocabulary.ts); stemOf throws if that happened.
      const stems = Array.from(c.stemIds, stemOf);
      const bigrams = stems.slice(1).map((t, i) => `${stems[i]} ${t}`);
      let sum = 0;
      sets.forEach((set, r) => {
        const unigramShare = stems.filter((s) => set.has(s)).length / stems.length;
        const bigramSet = bigramSets[r]!;
        const bigramShare = bigrams.length ? bigrams.filter((b) => bigramSet.has(b)).length / bigrams.length : 0;
        sum += bigramWeight > 0 ? (1 - bigramWeight) * unigramShare + bigramWeight * bigramShare : unigramShare;
      });
      return sum / sets.length;
    }),
  );
}

/** Document frequencies of stems over every document of a corpus, keeping stems seen in at least `minDf`. */
export function backgroundFrom(documents: Iterable<string>, minDf = 3): Background {
  const df = new Map<string, number>();
  let docs = 0;
  for (const text of documents) {
    docs++;
    for (const stem of new Set(tokenize(text).map((t) => t.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  const kept = [...df].filter(([, n]) => n >= minDf).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { docs, df: Object.fromEntries(kept) };
}

/**
 * How often each stem found in a cluster's documents is also in its summary: (clusters with it in both + 2 x the
 * base rate) / (clusters with it in the documents + 2), for stems in the documents of at least `minClusters`.
 * "Said" and weekdays fill articles but seldom summaries; "killed" and "elected" are the other way (RegSum's
 * global indicators, Hong & Nenkova 2014).
 */
export function summaryRatesFrom(clusters: Iterable<{ documents: string[]; summaries?: string[]; summary?: string }>, minClusters = 5): { base: number; rate: Record<string, number> } {
  const inDocs = new Map<string, number>();
  const inBoth = new Map<string, number>();
  let docTotal = 0;
  let bothTotal = 0;
  for (const cluster of clusters) {
    const summaryStems = new Set((cluster.summaries ?? [cluster.summary ?? '']).flatMap((text) => tokenize(text).map((t) => t.stem)));
    const docStems = new Set(cluster.documents.flatMap((text) => tokenize(text).map((t) => t.stem)));
    for (const stem of docStems) {
      inDocs.set(stem, (inDocs.get(stem) ?? 0) + 1);
      docTotal++;
      if (summaryStems.has(stem)) {
        inBoth.set(stem, (inBoth.get(stem) ?? 0) + 1);
        bothTotal++;
      }
    }
  }
  const round = (x: number): number => Number(x.toPrecision(3));
  const base = round(bothTotal / Math.max(1, docTotal));
  const kept = [...inDocs].filter(([, n]) => n >= minClusters).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { base, rate: Object.fromEntries(kept.map(([stem, n]) => [stem, round(((inBoth.get(stem) ?? 0) + 2 * base) / (n + 2))])) };
}
