/** @module Picks sentences covering the most concept weight within a word budget: cost-scaled greedy plus swaps. */
import type { IlpProblem } from './select-ilp.js';

// Budgeted maximum coverage is NP-hard; the exact ILP (select-ilp.ts, HiGHS) takes 0.2 s to several seconds
// per DUC cluster in WebAssembly, against a target of a few milliseconds. Lin & Bilmes (2010, "Multi-document
// summarization via budgeted maximization of submodular functions") show the cost-scaled greedy below comes
// within a constant factor of the optimum, and in practice within a fraction of a percent of it; a pass of
// improving swaps then closes most of what is left. DESIGN.md gives the measured gap to the ILP optimum.

/** Exponent on sentence length in the greedy's gain ratio; Lin & Bilmes found r = 1 best on DUC. */
export const DEFAULT_COST_EXPONENT = 1;
/** Upper bound on improving swap rounds; a round that finds no improvement ends the search earlier. */
export const MAX_SWAP_ROUNDS = 20;

/**
 * The chosen set with how often each concept is covered, updated in place as sentences come and go. Its loops
 * are indexed, not for-of: a batch runs its first clusters unoptimised, where for-of allocates per element.
 */
class Selection {
  readonly coverCount: Int32Array;
  readonly chosen: number[] = [];
  used = 0;
  /** For each sentence, how many chosen sentences exclude it. */
  readonly excludedBy: Int32Array;
  private readonly partners: number[][];
  /** 1 for the concepts of sentence `markedFor`, the `without` of the latest gain(): see gain(). */
  private readonly inDropped: Uint8Array;
  private markedFor = -1;
  constructor(private readonly problem: IlpProblem) {
    this.coverCount = new Int32Array(problem.weights.length);
    this.inDropped = new Uint8Array(problem.weights.length);
    this.excludedBy = new Int32Array(problem.lengths.length);
    this.partners = [];
    for (let j = 0; j < problem.lengths.length; j++) this.partners.push([]);
    const exclusions = problem.exclusions ?? [];
    for (let e = 0; e < exclusions.length; e++) {
      const [a, b] = exclusions[e]!;
      this.partners[a]!.push(b);
      this.partners[b]!.push(a);
    }
  }
  /** Whether j may join the chosen set, with chosen sentence `without` (if >= 0) gone. */
  allowed(j: number, without = -1): boolean {
    const count = this.excludedBy[j]!;
    return count === 0 || (count === 1 && without >= 0 && this.partners[without]!.includes(j));
  }
  bonus(j: number): number {
    return this.problem.bonuses?.[j] ?? 0;
  }
  /** Objective gained by adding j; with `without` >= 0, as if that chosen sentence were gone. */
  gain(j: number, without = -1): number {
    let gain = this.bonus(j);
    // Whether a concept is one of `without`'s is looked up in a mark per concept, set when `without` changes
    // (the swap search asks about one `without` for every sentence in a row): a scan of its concept list per
    // concept of j was most of the swap search.
    if (without >= 0 && without !== this.markedFor) this.markDropped(without);
    const concepts = this.problem.conceptsOf[j]!;
    for (let c = 0; c < concepts.length; c++) {
      const i = concepts[c]!;
      const count = this.coverCount[i]!;
      if (count === 0 || (count === 1 && without >= 0 && this.inDropped[i] === 1)) gain += this.problem.weights[i]!;
    }
    return gain;
  }
  private markDropped(without: number): void {
    const { conceptsOf } = this.problem;
    if (this.markedFor >= 0) {
      const old = conceptsOf[this.markedFor]!;
      for (let c = 0; c < old.length; c++) this.inDropped[old[c]!] = 0;
    }
    const concepts = conceptsOf[without]!;
    for (let c = 0; c < concepts.length; c++) this.inDropped[concepts[c]!] = 1;
    this.markedFor = without;
  }
  /** Objective lost by removing chosen sentence k. */
  loss(k: number): number {
    let loss = this.bonus(k);
    const concepts = this.problem.conceptsOf[k]!;
    for (let c = 0; c < concepts.length; c++) if (this.coverCount[concepts[c]!] === 1) loss += this.problem.weights[concepts[c]!]!;
    return loss;
  }
  add(j: number): void {
    this.chosen.push(j);
    this.used += this.problem.lengths[j]!;
    const concepts = this.problem.conceptsOf[j]!;
    for (let c = 0; c < concepts.length; c++) this.coverCount[concepts[c]!]! += 1;
    const partners = this.partners[j]!;
    for (let p = 0; p < partners.length; p++) this.excludedBy[partners[p]!]! += 1;
  }
  remove(j: number): void {
    this.chosen.splice(this.chosen.indexOf(j), 1);
    this.used -= this.problem.lengths[j]!;
    const concepts = this.problem.conceptsOf[j]!;
    for (let c = 0; c < concepts.length; c++) this.coverCount[concepts[c]!]! -= 1;
    const partners = this.partners[j]!;
    for (let p = 0; p < partners.length; p++) this.excludedBy[partners[p]!]! -= 1;
  }
  value(): number {
    let total = 0;
    for (const j of this.chosen) total += this.bonus(j);
    this.coverCount.forEach((count, i) => {
      if (count > 0) total += this.problem.weights[i]!;
    });
    return total;
  }
}

/** Indices of the chosen sentences, in increasing order. Pure and deterministic. */
export function selectGreedy(problem: IlpProblem, costExponent = DEFAULT_COST_EXPONENT): number[] {
  const n = problem.lengths.length;
  const selection = new Selection(problem);
  const isChosen = new Uint8Array(n);
  // Growing a chosen k into a j that extends it costs only the added words and gains only the added
  // concepts; without this move a greedy that took k first could never say j.
  const grows = problem.extensions ?? [];
  for (;;) {
    let best = -1;
    let replaced = -1;
    let bestRatio = 0;
    for (let j = 0; j < n; j++) {
      if (isChosen[j] || selection.used + problem.lengths[j]! > problem.budget || !selection.allowed(j)) continue;
      const gain = selection.gain(j);
      if (gain <= 0) continue;
      const ratio = gain / Math.pow(problem.lengths[j]!, costExponent);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = j;
        replaced = -1;
      }
    }
    for (let g = 0; g < grows.length; g++) {
      const [j, k] = grows[g]!;
      if (isChosen[j] || !isChosen[k] || !selection.allowed(j, k)) continue;
      const added = problem.lengths[j]! - problem.lengths[k]!;
      if (added <= 0 || selection.used + added > problem.budget) continue;
      const gain = selection.gain(j, k) - selection.loss(k);
      if (gain <= 0) continue;
      const ratio = gain / Math.pow(added, costExponent);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = j;
        replaced = k;
      }
    }
    if (best < 0) break;
    if (replaced >= 0) {
      isChosen[replaced] = 0;
      selection.remove(replaced);
    }
    isChosen[best] = 1;
    selection.add(best);
  }
  improveBySwaps(selection, isChosen, problem);
  // The greedy's guarantee needs this: the best single sentence can beat a set of short ones.
  const value = selection.value();
  let bestSingle = -1;
  let bestSingleValue = value;
  for (let j = 0; j < n; j++) {
    if (problem.lengths[j]! > problem.budget) continue;
    let single = selection.bonus(j);
    const concepts = problem.conceptsOf[j]!;
    for (let c = 0; c < concepts.length; c++) single += problem.weights[concepts[c]!]!;
    if (single > bestSingleValue) {
      bestSingleValue = single;
      bestSingle = j;
    }
  }
  if (bestSingle >= 0) return [bestSingle];
  return [...selection.chosen].sort((a, b) => a - b);
}

/** Replaces one chosen sentence by an unchosen one (or adds one) whenever that raises the objective and fits. */
function improveBySwaps(selection: Selection, isChosen: Uint8Array, problem: IlpProblem): void {
  const n = problem.lengths.length;
  for (let round = 0; round < MAX_SWAP_ROUNDS; round++) {
    let improved = false;
    // k = -1 means "remove nothing": plain additions that fit.
    for (const k of [-1, ...selection.chosen]) {
      const loss = k >= 0 ? selection.loss(k) : 0;
      const room = problem.budget - selection.used + (k >= 0 ? problem.lengths[k]! : 0);
      for (let j = 0; j < n; j++) {
        if (isChosen[j] || problem.lengths[j]! > room || !selection.allowed(j, k)) continue;
        if (selection.gain(j, k) - loss > 1e-9) {
          if (k >= 0) {
            selection.remove(k);
            isChosen[k] = 0;
          }
          selection.add(j);
          isChosen[j] = 1;
          improved = true;
          break;
        }
      }
      if (improved) break;
    }
    if (!improved) return;
  }
}
