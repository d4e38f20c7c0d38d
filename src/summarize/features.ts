/** @module Describes concepts and sentences as feature vectors for the learned scorers. */
import type { Candidate } from './candidates.js';
import type { ConceptTable } from './concepts.js';

/** Background document frequencies of word stems, learned from a news corpus (scripts/learn-weights.ts). */
export interface Background {
  readonly docs: number;
  readonly df: Readonly<Record<string, number>>;
}

/** Cap on sentence positions in features: past the 30th sentence, position says little more. */
const MAX_POSITION = 30;

/** Normalised inverse document frequency in [0, 1]: 1 for a word never seen in the background corpus. */
export function idfOf(background: Background, stem: string): number {
  return Math.log(background.docs / (1 + (background.df[stem] ?? 0))) / Math.log(background.docs);
}

export const CONCEPT_FEATURE_NAMES = [
  'bias', 'df share', 'log df', 'log tf', 'first position', 'has stop word', 'lead-3 df share', 'lead df share',
  'mean position', 'has number', 'log docs', 'df >= 2', 'df >= 3', 'max idf', 'min idf', 'log tf x idf', 'df share x idf',
] as const;

/**
 * One row per concept. Unigrams and bigrams get separate copies of every feature (the row is
 * [bigram features, unigram features] with the other half zero), so one linear model learns both.
 */
export function conceptFeatures(
  table: ConceptTable,
  candidates: readonly Candidate[],
  docCount: number,
  background: Background,
): Float64Array[] {
  const n = table.concepts.length;
  const leadDocs: Set<number>[] = Array.from({ length: n }, () => new Set());
  const firstDocs: Set<number>[] = Array.from({ length: n }, () => new Set());
  const positionSum = new Float64Array(n);
  const count = new Float64Array(n);
  table.conceptsOf.forEach((ids, j) => {
    const candidate = candidates[j]!;
    for (const id of ids) {
      if (candidate.position < 3) leadDocs[id]!.add(candidate.doc);
      if (candidate.position === 0) firstDocs[id]!.add(candidate.doc);
      positionSum[id]! += Math.min(candidate.position, MAX_POSITION);
      count[id]! += 1;
    }
  });
  const width = CONCEPT_FEATURE_NAMES.length;
  const logDocs = Math.log(docCount);
  return table.concepts.map((concept, id) => {
    const space = concept.key.indexOf(' ');
    const first = space < 0 ? concept.key : concept.key.slice(0, space);
    const second = space < 0 ? first : concept.key.slice(space + 1);
    const idfA = idfOf(background, first);
    const idfB = idfOf(background, second);
    const maxIdf = Math.max(idfA, idfB);
    const dfShare = concept.df / docCount;
    const values = [
      1,
      dfShare,
      Math.log1p(concept.df),
      Math.log1p(concept.tf),
      1 / (1 + concept.firstPosition),
      concept.hasStopWord ? 1 : 0,
      leadDocs[id]!.size / docCount,
      firstDocs[id]!.size / docCount,
      positionSum[id]! / count[id]! / MAX_POSITION,
      /^\d+$/.test(first) || /^\d+$/.test(second) ? 1 : 0,
      logDocs,
      concept.df >= 2 ? 1 : 0,
      concept.df >= 3 ? 1 : 0,
      maxIdf,
      Math.min(idfA, idfB),
      Math.log1p(concept.tf) * maxIdf,
      dfShare * maxIdf,
    ];
    const row = new Float64Array(2 * width);
    row.set(values, concept.order === 2 ? 0 : width);
    return row;
  });
}

export const SENTENCE_FEATURE_NAMES = [
  'bias', 'lead', 'is first', 'position', 'length', 'mean word p', 'mean bigram p', 'word p per word',
  'stop share', 'has quote', 'starts with quote', 'starts with pronoun', 'capitalised share', 'has digit',
  'is question', 'has said', 'log docs', 'centroid cosine', 'max bigram p', 'likely concepts per word',
  'relative position', 'log report length',
] as const;

/** Share of a sentence's words that are likely concepts, above this probability. */
const LIKELY = 0.3;

/** One row per candidate sentence; `probabilities` are the concept model's outputs for `table`. */
export function sentenceFeatures(
  table: ConceptTable,
  candidates: readonly Candidate[],
  probabilities: ArrayLike<number>,
  docCount: number,
  background: Background,
): Float64Array[] {
  const idf = (stem: string): number => idfOf(background, stem);
  const centroid = new Map<string, number>();
  const reportLength = new Map<number, number>();
  for (const c of candidates) {
    reportLength.set(c.doc, Math.max(reportLength.get(c.doc) ?? 0, c.position + 1));
    c.stems.forEach((stem, i) => {
      if (!c.isStop[i]) centroid.set(stem, (centroid.get(stem) ?? 0) + idf(stem));
    });
  }
  let centroidNorm = 0;
  for (const v of centroid.values()) centroidNorm += v * v;
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  const logDocs = Math.log(docCount);
  return candidates.map((c, j) => {
    const ids = table.conceptsOf[j]!;
    let sumWord = 0;
    let words = 0;
    let sumBigram = 0;
    let bigrams = 0;
    let maxBigram = 0;
    let likely = 0;
    for (const id of ids) {
      const p = probabilities[id]!;
      if (table.concepts[id]!.order === 1) {
        sumWord += p;
        words++;
      } else {
        sumBigram += p;
        bigrams++;
        if (p > maxBigram) maxBigram = p;
      }
      if (p > LIKELY) likely++;
    }
    const vector = new Map<string, number>();
    c.stems.forEach((stem, i) => {
      if (!c.isStop[i]) vector.set(stem, (vector.get(stem) ?? 0) + idf(stem));
    });
    let dot = 0;
    let norm = 0;
    for (const [stem, v] of vector) {
      dot += v * (centroid.get(stem) ?? 0);
      norm += v * v;
    }
    const text = c.sentence.text;
    const capitalised = (text.match(/\b\p{Lu}\p{Ll}+/gu) ?? []).length;
    const stops = c.isStop.filter(Boolean).length;
    const length = reportLength.get(c.doc)!;
    return Float64Array.from([
      1,
      1 / (1 + c.position),
      c.position === 0 ? 1 : 0,
      Math.min(c.position, 20) / 20,
      c.words / 40,
      words ? sumWord / words : 0,
      bigrams ? sumBigram / bigrams : 0,
      sumWord / Math.max(1, c.words),
      stops / Math.max(1, c.isStop.length),
      /["\u201c\u201d]/.test(text) ? 1 : 0,
      /^["\u201c]/.test(text) ? 1 : 0,
      /^(he|she|it|they|this|that|these|but|and|however|also)\b/i.test(text) ? 1 : 0,
      capitalised / Math.max(1, c.words),
      /\d/.test(text) ? 1 : 0,
      /\?["'\u201d]*$/.test(text) ? 1 : 0,
      /\b(said|says|told)\b/i.test(text) ? 1 : 0,
      logDocs,
      norm ? dot / (Math.sqrt(norm) * centroidNorm) : 0,
      maxBigram,
      likely / Math.max(1, c.words),
      c.position / Math.max(1, length),
      Math.log1p(length),
    ]);
  });
}
