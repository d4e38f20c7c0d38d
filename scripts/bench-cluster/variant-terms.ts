/** @module Experimental report vectors for bench-cluster-variants: event-signature terms (numbers with units, names, dates, the lede) and burstiness-weighted idf. */
import { DEFAULT_MAX_REPORT_TERMS, DEFAULT_MIN_CONTENT_TERMS } from '../../src/stream/cluster/assigner-options.js';
import { stripFurniture } from '../../src/ingest/furniture-sentences.js';
import type { IdfLookup } from '../../src/stream/cluster/idf.js';
import { countNameRuns, DEFAULT_NAME_WEIGHT } from '../../src/stream/cluster/name-terms.js';
import { countTerms, isContentTerm, reportTerms } from '../../src/stream/cluster/report-terms.js';
import { weighTerms, type TermVector } from '../../src/stream/cluster/term-vector.js';
import { tokenize } from '../../src/text/index.js';

export interface TermVariant {
  /** Weight of "413 civilians"-style terms (a number and the content word after it). */
  readonly numberUnits?: number;
  /** Weight of runs of 2+ capitalised words ("Hun Sen") as one term; default as shipped (DEFAULT_NAME_WEIGHT). */
  readonly names?: number;
  /** Weight of month-day dates ("Jan. 7") as one term. */
  readonly dates?: number;
  /** Extra count of each term of the first sentence. */
  readonly lede?: number;
}

const DIGITS = /^\d+$/;
const MONTH_DAY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b/gi;

function add(counts: Map<string, number>, term: string, weight: number): void {
  counts.set(term, (counts.get(term) ?? 0) + weight);
}

/** "#413_civilian" for a number (1,200 and 4.5 read whole) followed directly by a content word. */
export function numberUnitTerms(text: string): string[] {
  const tokens = tokenize(text);
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i];
    if (first === undefined || !DIGITS.test(first.norm)) continue;
    let number = first.norm;
    let j = i + 1;
    for (let t = tokens[j]; t !== undefined && DIGITS.test(t.norm) && /^[.,]$/.test(text.slice(tokens[j - 1]?.end ?? 0, t.start)); t = tokens[j]) {
      number += `${text.slice(tokens[j - 1]?.end ?? 0, t.start) === '.' ? '.' : ''}${t.norm}`;
      j += 1;
    }
    const unit = tokens[j];
    if (unit !== undefined && isContentTerm(unit.norm) && !DIGITS.test(unit.norm) && unit.start - (tokens[j - 1]?.end ?? 0) <= 2) terms.push(`#${number}_${unit.stem}`);
    i = j - 1;
  }
  return terms;
}

/**
 * A report's vector as the assigner builds it, plus the chosen extra terms (unseen to the idf table,
 * so they get its highest idf). Empty when the report stands alone (under DEFAULT_MIN_CONTENT_TERMS words).
 */
export function variantVector(text: string, idf: IdfLookup, variant: TermVariant): TermVector {
  const clean = stripFurniture(text);
  const counts = reportTerms(clean);
  if (counts.size < DEFAULT_MIN_CONTENT_TERMS) return new Map();
  countNameRuns(clean, counts, variant.names ?? DEFAULT_NAME_WEIGHT);
  if (variant.numberUnits !== undefined) for (const term of numberUnitTerms(clean)) add(counts, term, variant.numberUnits);
  if (variant.dates !== undefined) for (const m of clean.matchAll(MONTH_DAY)) add(counts, `@${(m[1] ?? '').toLowerCase()}_${m[2] ?? ''}`, variant.dates);
  if (variant.lede !== undefined) countTerms(/^[\s\S]*?[.!?](\s|$)/.exec(clean)?.[0] ?? clean.slice(0, 300), counts, variant.lede);
  return weighTerms(counts, idf, DEFAULT_MAX_REPORT_TERMS);
}

/** Per term: train documents holding it and same-cluster document pairs that both hold it. */
export interface SiblingCounts {
  readonly documents: ReadonlyMap<string, number>;
  readonly siblingPairs: ReadonlyMap<string, number>;
}

/** Counts {@link SiblingCounts} over clusters (each a list of document texts, furniture stripped first). */
export function countSiblings(clusters: readonly (readonly string[])[]): SiblingCounts {
  const documents = new Map<string, number>();
  const siblingPairs = new Map<string, number>();
  for (const cluster of clusters) {
    const inCluster = new Map<string, number>();
    for (const text of cluster) for (const term of reportTerms(stripFurniture(text)).keys()) inCluster.set(term, (inCluster.get(term) ?? 0) + 1);
    for (const [term, k] of inCluster) {
      documents.set(term, (documents.get(term) ?? 0) + k);
      if (k > 1) siblingPairs.set(term, (siblingPairs.get(term) ?? 0) + (k * (k - 1)) / 2);
    }
  }
  return { documents, siblingPairs };
}

/**
 * idf × (B / B0)^beta, B = sibling pairs per document holding the term (shrunk towards the mean B0
 * with 5 pseudo-documents), the ratio capped at `cap`: a term that rarely recurs within its
 * cluster ("click", "copyright") is web noise, one that always does ("earthquak") marks an event.
 */
export function burstyIdf(base: IdfLookup, counts: SiblingCounts, beta: number, cap: number): IdfLookup {
  let pairs = 0;
  let docs = 0;
  for (const n of counts.siblingPairs.values()) pairs += n;
  for (const n of counts.documents.values()) docs += n;
  const b0 = pairs / docs;
  return (term) => {
    const ratio = ((counts.siblingPairs.get(term) ?? 0) + 5 * b0) / ((counts.documents.get(term) ?? 0) + 5) / b0;
    return base(term) * Math.min(cap, ratio) ** beta;
  };
}
