/** @module ROUGE-1, ROUGE-2 and ROUGE-Lsum of one summary against its references, following `shared/tools/rouge.py` (rouge-score conventions) step for step. */
import { rougeSentences, rougeTokens } from './rouge-text.js';

/** One ROUGE measure; each number is a fraction in [0, 1]. */
export interface RougeMeasure {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface RougeScores {
  readonly rouge1: RougeMeasure;
  readonly rouge2: RougeMeasure;
  readonly rougeLsum: RougeMeasure;
}

export const ZERO_MEASURE: RougeMeasure = { precision: 0, recall: 0, f1: 0 };

/** Precision, recall and F1 of `overlap` units out of `nPred` predicted and `nRef` reference units (0 when any is 0, as rouge.py). */
export function measure(overlap: number, nPred: number, nRef: number): RougeMeasure {
  if (nPred === 0 || nRef === 0 || overlap === 0) return ZERO_MEASURE;
  const precision = overlap / nPred;
  const recall = overlap / nRef;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  // A space cannot occur inside a token, so it is a safe n-gram key separator.
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N on n-gram multisets (clipped counts). */
export function rougeN(pred: readonly string[], ref: readonly string[], n: number): RougeMeasure {
  const a = countNgrams(pred, n);
  const b = countNgrams(ref, n);
  let overlap = 0;
  for (const [gram, count] of a) overlap += Math.min(count, b.get(gram) ?? 0);
  return measure(overlap, Math.max(0, pred.length - n + 1), Math.max(0, ref.length - n + 1));
}

/**
 * Indices into `a` of one longest common subsequence of `a` and `b`. The
 * backtrack breaks ties exactly as rouge.py (and rouge-score) do, because the
 * union in ROUGE-Lsum depends on which LCS is picked.
 */
export function lcsIndices(a: readonly string[], b: readonly string[]): number[] {
  const rows = a.length;
  const cols = b.length;
  const width = cols + 1;
  const t = new Int32Array((rows + 1) * width);
  for (let i = 1; i <= rows; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= cols; j++) {
      t[i * width + j] =
        ai === b[j - 1] ? t[(i - 1) * width + j - 1]! + 1 : Math.max(t[(i - 1) * width + j]!, t[i * width + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[(i - 1) * width + j]! >= t[i * width + j - 1]!) {
      i--;
    } else {
      j--;
    }
  }
  return out;
}

function countTokens(sentences: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * ROUGE-Lsum: for each reference line, the union of its LCS with every summary
 * line; a hit consumes one count of the token on both sides (rouge-score's
 * summary-level LCS), so no token is credited more often than it occurs.
 */
export function rougeLsum(predSentences: readonly string[], refSentences: readonly string[]): RougeMeasure {
  const pred = predSentences.map(rougeTokens);
  const ref = refSentences.map(rougeTokens);
  const nPred = pred.reduce((sum, s) => sum + s.length, 0);
  const nRef = ref.reduce((sum, s) => sum + s.length, 0);
  if (nPred === 0 || nRef === 0) return ZERO_MEASURE;
  const predCounts = countTokens(pred);
  const refCounts = countTokens(ref);
  let hits = 0;
  for (const r of ref) {
    const union = new Set<number>();
    for (const p of pred) for (const idx of lcsIndices(r, p)) union.add(idx);
    for (const idx of [...union].sort((x, y) => x - y)) {
      const tok = r[idx]!;
      const inPred = predCounts.get(tok) ?? 0;
      const inRef = refCounts.get(tok) ?? 0;
      if (inPred > 0 && inRef > 0) {
        hits++;
        predCounts.set(tok, inPred - 1);
        refCounts.set(tok, inRef - 1);
      }
    }
  }
  return measure(hits, nPred, nRef);
}

function meanMeasure(items: readonly RougeMeasure[]): RougeMeasure {
  if (items.length === 0) return ZERO_MEASURE;
  const sum = (pick: (m: RougeMeasure) => number): number => items.reduce((acc, m) => acc + pick(m), 0) / items.length;
  return { precision: sum((m) => m.precision), recall: sum((m) => m.recall), f1: sum((m) => m.f1) };
}

/**
 * Scores one summary against one or more references; each measure is the mean
 * over references (rouge.py averages per reference, then over clusters).
 *
 * @param summary the summary as a list of sentences, or as one text (split on
 *   newlines, or with rouge.py's simple splitter when it has one line)
 * @param references human summaries, each one text (one sentence per line in DUC)
 */
export function scoreRouge(summary: readonly string[] | string, references: readonly string[]): RougeScores {
  const predSentences = rougeSentences(summary);
  const predTokens = rougeTokens(predSentences.join(' '));
  const r1: RougeMeasure[] = [];
  const r2: RougeMeasure[] = [];
  const rl: RougeMeasure[] = [];
  for (const reference of references) {
    const refSentences = rougeSentences(reference);
    const refTokens = rougeTokens(refSentences.join(' '));
    r1.push(rougeN(predTokens, refTokens, 1));
    r2.push(rougeN(predTokens, refTokens, 2));
    rl.push(rougeLsum(predSentences, refSentences));
  }
  return { rouge1: meanMeasure(r1), rouge2: meanMeasure(r2), rougeLsum: meanMeasure(rl) };
}
