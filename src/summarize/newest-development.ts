/** @module Makes a summary of dated reports carry the newest development: a sentence of the newest report. */
import type { IlpProblem } from './select-ilp.js';

/**
 * How many of a newest report's first candidates may stand for its development. News puts what happened in
 * its first sentences (the inverted pyramid); a sentence further down is background the older reports have too.
 */
export const NEWEST_LEAD_CANDIDATES = 1;

/** Each report's date, `YYYY-MM-DD...`, or null; `''` counts as undated. */
export type DateOf = (doc: number) => string | null;

/**
 * The reports holding the newest development: those with the latest date, when the reports carry at least two
 * different dates (one date, or none, says nothing about which report is newer). Compared by day.
 */
export function newestDocs(docCount: number, dateOf: DateOf): Set<number> {
  const days = Array.from({ length: docCount }, (_, d) => {
    const date = dateOf(d);
    return date === null || date === '' ? null : date.slice(0, 10);
  });
  const distinct = new Set(days.filter((d): d is string => d !== null));
  if (distinct.size < 2) return new Set();
  const latest = [...distinct].sort().at(-1)!;
  return new Set(days.flatMap((d, doc) => (d === latest ? [doc] : [])));
}

/** Objective of a set of sentences: the weight of the concepts it covers plus its sentence bonuses. */
export function objectiveOf(problem: IlpProblem, chosen: readonly number[]): number {
  const covered = new Set<number>();
  let value = 0;
  for (const j of chosen) {
    value += problem.bonuses?.[j] ?? 0;
    for (const c of problem.conceptsOf[j]!) covered.add(c);
  }
  for (const c of covered) value += problem.weights[c]!;
  return value;
}

/**
 * The problem left once sentence `forced` is in: its words spent, its concepts covered (worth nothing more),
 * itself and the sentences it excludes out of reach (length above any budget).
 */
function residualProblem(problem: IlpProblem, forced: number): IlpProblem {
  const covered = new Set(problem.conceptsOf[forced]);
  const barred = new Set<number>([forced]);
  for (const [a, b] of problem.exclusions ?? []) {
    if (a === forced) barred.add(b);
    if (b === forced) barred.add(a);
  }
  const budget = problem.budget - problem.lengths[forced]!;
  return {
    ...problem,
    lengths: problem.lengths.map((n, j) => (barred.has(j) ? budget + 1 : n)),
    conceptsOf: problem.conceptsOf.map((ids) => ids.filter((c) => !covered.has(c))),
    budget,
  };
}

/**
 * `chosen` when it already has a sentence of a newest report (or there is none to have); otherwise the best
 * selection that has one: for each of the first `NEWEST_LEAD_CANDIDATES` candidates of the newest reports
 * that fits the budget, that sentence plus what `select` picks around it, keeping the one of highest objective.
 * A separate step after the selector, so that the selection objective itself stays as learned.
 */
export async function includeNewest(
  problem: IlpProblem,
  docOf: readonly number[],
  positionOf: readonly number[],
  chosen: readonly number[],
  newest: ReadonlySet<number>,
  select: (problem: IlpProblem) => number[] | Promise<number[]>,
): Promise<number[]> {
  if (newest.size === 0 || chosen.some((j) => newest.has(docOf[j]!))) return [...chosen];
  const options = docOf
    .map((doc, j) => ({ doc, j }))
    .filter(({ doc, j }) => newest.has(doc) && problem.lengths[j]! <= problem.budget)
    .sort((a, b) => a.doc - b.doc || positionOf[a.j]! - positionOf[b.j]!);
  const perDoc = new Map<number, number>();
  let best: number[] | null = null;
  let bestValue = -Infinity;
  for (const { doc, j } of options) {
    const rank = perDoc.get(doc) ?? 0;
    perDoc.set(doc, rank + 1);
    if (rank >= NEWEST_LEAD_CANDIDATES) continue;
    const around = await select(residualProblem(problem, j));
    const set = [j, ...around.filter((k) => k !== j)];
    const value = objectiveOf(problem, set);
    if (value > bestValue) {
      bestValue = value;
      best = set;
    }
  }
  return best ?? [...chosen];
}
