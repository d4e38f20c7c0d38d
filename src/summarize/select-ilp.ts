/** @module Picks the sentences that cover the most concept weight within a word budget, as an integer program. */
import type { Highs } from 'highs';
import { NewsbriefError } from '../errors.js';

// Concept-coverage ILP after Gillick & Favre (2009), "A Scalable Global Model for Summarization":
//   maximise  sum_i w_i c_i + sum_j b_j s_j
//   s.t.      sum_j len_j s_j <= budget
//             c_i <= sum_{j contains i} s_j      (a concept counts once, if some chosen sentence has it)
//             s_a + s_b <= 1                     (for each excluded pair a, b)
//             c_i, s_j binary
// The constraints s_j <= c_i of the paper are left out: with positive weights the optimum sets c_i = 1
// whenever it can, so they only enlarge the model. Redundancy control is built in: a second sentence with
// the same concepts adds nothing. HiGHS solves it exactly (a real solver, not a greedy approximation).

export interface IlpProblem {
  /** Word length of each sentence. */
  readonly lengths: readonly number[];
  /** Concept indices contained in each sentence. */
  readonly conceptsOf: readonly (readonly number[])[];
  /** Weight of each concept (> 0). */
  readonly weights: readonly number[];
  /** Small per-sentence bonus that breaks ties (e.g. earlier sentences first). */
  readonly bonuses?: readonly number[];
  /** Pairs of sentences that may not both be chosen (e.g. two that state the same figure); each pair once. */
  readonly exclusions?: readonly (readonly [number, number])[];
  /**
   * Pairs [j, k]: sentence j says all that k says and more (a leaning sentence with the one it leans on, k
   * alone); j and k must also be an excluded pair. Only a hint for the greedy, which may then grow k into j;
   * the ILP needs none.
   */
  readonly extensions?: readonly (readonly [number, number])[];
  readonly budget: number;
}

/** HiGHS stops when the incumbent is proven within this relative gap; 0.1% of the coverage score. */
export const DEFAULT_MIP_GAP = 1e-3;
/** A guard against pathological inputs; clusters of hundreds of sentences solve in milliseconds. */
export const DEFAULT_TIME_LIMIT_SECONDS = 10;

let highsPromise: Promise<Highs> | null = null;

/** HiGHS, loaded on first use: the default selector is the greedy, and its 168 KB of JavaScript cost every run's start. */
function getHighs(): Promise<Highs> {
  highsPromise ??= import('highs').then((highsModule) => {
    // highs ships one CommonJS-flavoured .d.ts for both builds, so TypeScript sees the ESM default export as
    // the module object; at run time the ESM build's default export is the loader itself.
    const loadHighs = ((highsModule as unknown as { default?: unknown }).default ?? highsModule) as () => Promise<Highs>;
    return loadHighs();
  });
  return highsPromise;
}

/** Indices of the chosen sentences, in increasing order. */
export async function selectByIlp(problem: IlpProblem): Promise<number[]> {
  const highs = await getHighs();
  const sentenceCount = problem.lengths.length;
  const conceptCount = problem.weights.length;
  if (sentenceCount === 0) return [];
  // Column j < sentenceCount is s_j; column sentenceCount + i is c_i.
  const numCols = sentenceCount + conceptCount;
  const colCost = new Float64Array(numCols);
  for (let j = 0; j < sentenceCount; j++) colCost[j] = problem.bonuses?.[j] ?? 0;
  for (let i = 0; i < conceptCount; i++) colCost[sentenceCount + i] = problem.weights[i]!;

  // Rows: 0 is the budget; 1 + i is "c_i - sum_j s_j <= 0".
  const sentencesOf: number[][] = Array.from({ length: conceptCount }, () => []);
  problem.conceptsOf.forEach((concepts, j) => {
    for (const i of concepts) sentencesOf[i]!.push(j);
  });
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < sentenceCount; j++) {
    indices.push(j);
    values.push(problem.lengths[j]!);
  }
  starts.push(indices.length);
  for (let i = 0; i < conceptCount; i++) {
    indices.push(sentenceCount + i);
    values.push(1);
    for (const j of sentencesOf[i]!) {
      indices.push(j);
      values.push(-1);
    }
    starts.push(indices.length);
  }
  const exclusions = problem.exclusions ?? [];
  for (const [a, b] of exclusions) {
    indices.push(a, b);
    values.push(1, 1);
    starts.push(indices.length);
  }
  const numRows = 1 + conceptCount + exclusions.length;
  const rowLower = new Float64Array(numRows).fill(-highs.infinity);
  const rowUpper = new Float64Array(numRows);
  rowUpper[0] = problem.budget;
  rowUpper.fill(1, 1 + conceptCount);
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1),
    rowLower,
    rowUpper,
    matrix: {
      format: 'csr',
      numRows,
      numCols,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer),
  });
  try {
    model.options.set({
      output_flag: false,
      mip_rel_gap: DEFAULT_MIP_GAP,
      time_limit: DEFAULT_TIME_LIMIT_SECONDS,
    });
    model.run();
    const { colValue } = model.getSolution();
    const chosen: number[] = [];
    for (let j = 0; j < sentenceCount; j++) if ((colValue[j] ?? 0) > 0.5) chosen.push(j);
    return chosen;
  } catch (cause) {
    throw new NewsbriefError('SOLVER', `The sentence-selection solver failed: ${(cause as Error).message}`, { cause });
  } finally {
    model.dispose();
  }
}
