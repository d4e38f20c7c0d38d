/** @module Describes concepts and sentences as feature vectors for the learned scorers. */
import type { Candidate } from './candidates.js';
import type { ConceptTable } from './concepts.js';
import { isNumericStem, stemOf, vocabularyGeneration, vocabularySize } from './vocabulary.js';

/** Background document frequencies of word stems, learned from a news corpus (scripts/learn-weights.ts). */
export interface Background {
  readonly docs: number;
  readonly df: Readonly<Record<string, number>>;
  /** Share of clusters with a stem in their documents that have it in their summary too, and the base rate. */
  readonly summaryRate?: { readonly base: number; readonly rate: Readonly<Record<string, number>> };
}

/** Cap on sentence positions in features: past the 30th sentence, position says little more. */
const MAX_POSITION = 30;

// One cache for the background in use (in practice always the shipped one), indexed by stem id: a stem's idf
// and summary rate are computed once per vocabulary generation. NaN marks "not computed yet".
let cachedBackground: Background | null = null;
let cachedGeneration = -1;
let tables: { idf: Float64Array; rate: Float64Array } = { idf: new Float64Array(0), rate: new Float64Array(0) };

/** Normalised inverse document frequency in [0, 1]: 1 for a word never seen in the background corpus. */
export function idfOf(background: Background, stem: string): number {
  // Own keys only: the tables are plain objects, where "constructor" would find Object's and give NaN.
  return Math.log(background.docs / (1 + (Object.hasOwn(background.df, stem) ? background.df[stem]! : 0))) / Math.log(background.docs);
}

/**
 * The idf and summary-rate caches for `background`, long enough for every stem id in use. Taken once per
 * cluster (ids do not grow while a cluster is scored), so the per-token lookups below skip the checks made here.
 */
function stemTables(background: Background): { idf: Float64Array; rate: Float64Array } {
  if (background !== cachedBackground || cachedGeneration !== vocabularyGeneration()) {
    cachedBackground = background;
    cachedGeneration = vocabularyGeneration();
    tables = { idf: new Float64Array(0), rate: new Float64Array(0) };
  }
  if (vocabularySize() > tables.idf.length) {
    const length = Math.max(1024, vocabularySize(), 2 * tables.idf.length);
    const grow = (old: Float64Array): Float64Array => {
      const grown = new Float64Array(length).fill(Number.NaN);
      grown.set(old);
      return grown;
    };
    tables = { idf: grow(tables.idf), rate: grow(tables.rate) };
  }
  return tables;
}

/** The summary rate of stem `id` from `cache` (stemTables().rate), computed on first use; 0 without rates. */
function cachedRate(cache: Float64Array, background: Background, id: number): number {
  let rate = cache[id]!;
  if (Number.isNaN(rate)) {
    const table = background.summaryRate;
    rate = table === undefined ? 0 : Object.hasOwn(table.rate, stemOf(id)) ? table.rate[stemOf(id)]! : table.base;
    cache[id] = rate;
  }
  return rate;
}

/** The idf of stem `id` from `cache` (stemTables().idf), computed on first use. */
function cachedIdf(cache: Float64Array, background: Background, id: number): number {
  let idf = cache[id]!;
  if (Number.isNaN(idf)) {
    idf = idfOf(background, stemOf(id));
    cache[id] = idf;
  }
  return idf;
}

// Scratch vectors indexed by stem id for the sentence features, zeroed after each use (only the touched
// entries), so a cluster's centroid and each sentence's vector cost no allocation and no string hashing.
// A separate "seen" flag, not a zero value, marks first use: an idf can be 0.
let centroidScratch = new Float64Array(0);
let vectorScratch = new Float64Array(0);
let centroidSeen = new Uint8Array(0);
let vectorSeen = new Uint8Array(0);

/**
 * Adds the idf of each of the candidate's content stems into `weights`, writing each stem into `stems` at
 * `count` onwards when first seen; returns the new count. (A reused list written by index: a fresh list per
 * sentence, grown by push, was most of the sentence features' allocation.)
 */
function addIdfWeights(c: Candidate, background: Background, idfs: Float64Array, weights: Float64Array, seen: Uint8Array, stems: number[], count: number): number {
  const { stemIds, isStop } = c;
  for (let i = 0; i < stemIds.length; i++) {
    if (isStop[i]) continue;
    const id = stemIds[i]!;
    if (seen[id] === 0) {
      seen[id] = 1;
      stems[count++] = id;
    }
    weights[id]! += cachedIdf(idfs, background, id);
  }
  return count;
}

function ensureScratch(): void {
  const size = vocabularySize();
  if (centroidScratch.length < size) {
    const length = Math.max(1024, size, 2 * centroidScratch.length);
    centroidScratch = new Float64Array(length);
    vectorScratch = new Float64Array(length);
    centroidSeen = new Uint8Array(length);
    vectorSeen = new Uint8Array(length);
  }
}

export const CONCEPT_FEATURE_NAMES = [
  'bias', 'df share', 'log df', 'log tf', 'first position', 'has stop word', 'lead-3 df share', 'lead df share',
  'mean position', 'has number', 'log docs', 'df >= 2', 'df >= 3', 'max idf', 'min idf', 'log tf x idf', 'df share x idf',
  'max summary rate', 'min summary rate',
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
  const rows: Float64Array[] = [];
  visitConceptFeatures(table, candidates, docCount, background, (_, row) => rows.push(Float64Array.from(row)));
  return rows;
}

/**
 * Calls `visit` with each concept's feature row. The row is one buffer reused between calls (scoring a
 * cluster touches thousands of concepts, and allocating a row each was a third of the summarizer's time).
 */
export function visitConceptFeatures(
  table: ConceptTable,
  candidates: readonly Candidate[],
  docCount: number,
  background: Background,
  visit: (id: number, row: Float64Array, offset: number) => void,
): void {
  const n = table.concepts.length;
  // Candidates come in report order, so distinct reports are counted by watching the report index change.
  // Counts and position sums are whole numbers: Int32Arrays, whose elements need no boxing while this code
  // still runs unoptimised (a Float64Array element read there is a new heap number), and divide exactly as before.
  const leadDocs = new Int32Array(n);
  const firstDocs = new Int32Array(n);
  const lastLeadDoc = new Int32Array(n).fill(-1);
  const lastFirstDoc = new Int32Array(n).fill(-1);
  const positionSum = new Int32Array(n);
  const count = new Int32Array(n);
  // Indexed loops here and below, not forEach and for-of: until this code is optimised (a batch's first
  // clusters), for-of allocates an iterator result per element and forEach calls a closure per element.
  const { conceptsOf } = table;
  for (let j = 0; j < conceptsOf.length; j++) {
    const ids = conceptsOf[j]!;
    const { position, doc } = candidates[j]!;
    const capped = Math.min(position, MAX_POSITION);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (position < 3 && lastLeadDoc[id] !== doc) {
        lastLeadDoc[id] = doc;
        leadDocs[id]! += 1;
      }
      if (position === 0 && lastFirstDoc[id] !== doc) {
        lastFirstDoc[id] = doc;
        firstDocs[id]! += 1;
      }
      positionSum[id]! += capped;
      count[id]! += 1;
    }
  }
  const width = CONCEPT_FEATURE_NAMES.length;
  const logDocs = Math.log(docCount);
  const { idf: idfs, rate: rates } = stemTables(background);
  // One buffer per half: a bigram's row has its unigram half zero and the other way round, and since each
  // buffer only ever has its own half written, nothing needs zeroing between concepts.
  const bigramRow = new Float64Array(2 * width);
  const unigramRow = new Float64Array(2 * width);
  const { concepts } = table;
  for (let id = 0; id < concepts.length; id++) {
    const concept = concepts[id]!;
    const idfA = cachedIdf(idfs, background, concept.firstId);
    const idfB = concept.secondId >= 0 ? cachedIdf(idfs, background, concept.secondId) : idfA;
    const maxIdf = Math.max(idfA, idfB);
    const dfShare = concept.df / docCount;
    const logTf = Math.log1p(concept.tf);
    const o = concept.order === 2 ? 0 : width;
    const row = concept.order === 2 ? bigramRow : unigramRow;
    row[o] = 1;
    row[o + 1] = dfShare;
    row[o + 2] = Math.log1p(concept.df);
    row[o + 3] = logTf;
    row[o + 4] = 1 / (1 + concept.firstPosition);
    row[o + 5] = concept.hasStopWord ? 1 : 0;
    row[o + 6] = leadDocs[id]! / docCount;
    row[o + 7] = firstDocs[id]! / docCount;
    row[o + 8] = positionSum[id]! / count[id]! / MAX_POSITION;
    row[o + 9] = isNumericStem(concept.firstId) || (concept.secondId >= 0 && isNumericStem(concept.secondId)) ? 1 : 0;
    row[o + 10] = logDocs;
    row[o + 11] = concept.df >= 2 ? 1 : 0;
    row[o + 12] = concept.df >= 3 ? 1 : 0;
    row[o + 13] = maxIdf;
    row[o + 14] = Math.min(idfA, idfB);
    row[o + 15] = logTf * maxIdf;
    row[o + 16] = dfShare * maxIdf;
    const rateA = cachedRate(rates, background, concept.firstId);
    const rateB = concept.secondId >= 0 ? cachedRate(rates, background, concept.secondId) : rateA;
    row[o + 17] = Math.max(rateA, rateB);
    row[o + 18] = Math.min(rateA, rateB);
    visit(id, row, o);
  }
}

export const SENTENCE_FEATURE_NAMES = [
  'bias', 'lead', 'is first', 'position', 'length', 'mean word p', 'mean bigram p', 'word p per word',
  'stop share', 'has quote', 'starts with quote', 'starts with pronoun', 'capitalised share', 'has digit',
  'is question', 'has said', 'log docs', 'centroid cosine', 'max bigram p', 'likely concepts per word',
  'relative position', 'log report length', 'mean summary rate',
] as const;

/** Share of a sentence's words that are likely concepts, above this probability. */
const LIKELY = 0.3;

const CAPITALISED = /\b\p{Lu}\p{Ll}+/gu;

// The sentence features' patterns, made once: a regular expression literal in the loop is a new object every
// time it is evaluated, six per sentence. None has the g flag, so test() keeps no state between sentences.
const HAS_QUOTE = /["\u201c\u201d]/;
const STARTS_WITH_QUOTE = /^["\u201c]/;
const STARTS_WITH_PRONOUN = /^(he|she|it|they|this|that|these|but|and|however|also)\b/i;
const HAS_DIGIT = /\d/;
const HAS_SAID = /\b(said|says|told)\b/i;

// 1 for ASCII word characters, what \b looks at in a regular expression without the i flag.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Matches of CAPITALISED in `text` (capitalised words), counted by char code when the text is all ASCII:
 * an upper-case letter followed by a lower-case one, not preceded by a word character. Other text goes to
 * the regular expression, whose match array per sentence was this module's largest cost.
 */
export function countCapitalised(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return (text.match(CAPITALISED) ?? []).length;
    if (c >= 65 && c <= 90 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 97 && next <= 122 && (i === 0 || ASCII_WORD[text.charCodeAt(i - 1)] !== 1)) count++;
    }
  }
  return count;
}

const QUESTION_CLOSERS = new Set(['"', "'", '\u201d']);

/**
 * Whether `text` ends on a question mark, quotes allowed after it: /\?["'\u201d]*$/, read backwards from the end
 * (a pattern anchored only at the end is tried from every position). Exported for its property test.
 */
export function endsAsQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && QUESTION_CLOSERS.has(text[i]!)) i--;
  return i >= 0 && text[i] === '?';
}

/** One row per candidate sentence; `probabilities` are the concept model's outputs for `table`. */
export function sentenceFeatures(
  table: ConceptTable,
  candidates: readonly Candidate[],
  probabilities: ArrayLike<number>,
  docCount: number,
  background: Background,
): Float64Array[] {
  ensureScratch();
  const { idf: idfs, rate: rates } = stemTables(background);
  const centroid = centroidScratch;
  const vector = vectorScratch;
  // Stems in order of first use: the order the sums below run in (and ran in when these were Maps).
  const centroidStems: number[] = [];
  let centroidCount = 0;
  const reportLength = new Map<number, number>();
  for (let j = 0; j < candidates.length; j++) {
    const c = candidates[j]!;
    reportLength.set(c.doc, Math.max(reportLength.get(c.doc) ?? 0, c.position + 1));
    centroidCount = addIdfWeights(c, background, idfs, centroid, centroidSeen, centroidStems, centroidCount);
  }
  let centroidNorm = 0;
  for (let k = 0; k < centroidCount; k++) centroidNorm += centroid[centroidStems[k]!]! * centroid[centroidStems[k]!]!;
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  const logDocs = Math.log(docCount);
  // Rows are views of one buffer: a typed array of 22 doubles has its storage allocated outside the heap,
  // and one allocation per sentence was a tenth of this function.
  const width = SENTENCE_FEATURE_NAMES.length;
  const buffer = new Float64Array(width * candidates.length);
  const rows: Float64Array[] = [];
  const sentenceStems: number[] = [];
  for (let j = 0; j < candidates.length; j++) {
    const c = candidates[j]!;
    const ids = table.conceptsOf[j]!;
    let sumWord = 0;
    let words = 0;
    let sumBigram = 0;
    let bigrams = 0;
    let maxBigram = 0;
    let likely = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
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
    const sentenceCount = addIdfWeights(c, background, idfs, vector, vectorSeen, sentenceStems, 0);
    const { isStop } = c;
    let rateSum = 0;
    let contentWords = 0;
    let stops = 0;
    for (let i = 0; i < isStop.length; i++) {
      if (isStop[i]) {
        stops++;
        continue;
      }
      rateSum += cachedRate(rates, background, c.stemIds[i]!);
      contentWords++;
    }
    let dot = 0;
    let norm = 0;
    for (let k = 0; k < sentenceCount; k++) {
      const id = sentenceStems[k]!;
      const v = vector[id]!;
      dot += v * centroid[id]!;
      norm += v * v;
      vector[id] = 0;
      vectorSeen[id] = 0;
    }
    const text = c.sentence.text;
    const capitalised = countCapitalised(text);
    const length = reportLength.get(c.doc)!;
    // A view made with the constructor: subarray() looks up a species constructor for every row.
    const row = new Float64Array(buffer.buffer, j * width * Float64Array.BYTES_PER_ELEMENT, width);
    row[0] = 1;
    row[1] = 1 / (1 + c.position);
    row[2] = c.position === 0 ? 1 : 0;
    row[3] = Math.min(c.position, 20) / 20;
    row[4] = c.words / 40;
    row[5] = words ? sumWord / words : 0;
    row[6] = bigrams ? sumBigram / bigrams : 0;
    row[7] = sumWord / Math.max(1, c.words);
    row[8] = stops / Math.max(1, c.isStop.length);
    row[9] = HAS_QUOTE.test(text) ? 1 : 0;
    row[10] = STARTS_WITH_QUOTE.test(text) ? 1 : 0;
    row[11] = STARTS_WITH_PRONOUN.test(text) ? 1 : 0;
    row[12] = capitalised / Math.max(1, c.words);
    row[13] = HAS_DIGIT.test(text) ? 1 : 0;
    row[14] = endsAsQuestion(text) ? 1 : 0;
    row[15] = HAS_SAID.test(text) ? 1 : 0;
    row[16] = logDocs;
    row[17] = norm ? dot / (Math.sqrt(norm) * centroidNorm) : 0;
    row[18] = maxBigram;
    row[19] = likely / Math.max(1, c.words);
    row[20] = c.position / Math.max(1, length);
    row[21] = Math.log1p(length);
    row[22] = contentWords ? rateSum / contentWords : 0;
    rows.push(row);
  }
  for (let k = 0; k < centroidCount; k++) {
    centroid[centroidStems[k]!] = 0;
    centroidSeen[centroidStems[k]!] = 0;
  }
  return rows;
}
