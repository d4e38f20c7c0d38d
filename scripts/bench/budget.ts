/** @module One word-budget rule for every peer summarizer, so the benchmark compares rankings, not length policies. */

/** A sentence a peer ranked, with its position in the input so the summary can be put back in document order. */
export interface RankedSentence {
  readonly text: string;
  readonly order: number;
}

/**
 * How peers' ranked sentences become a summary of at most `maxWords` words:
 * - `fit` (default): walk the ranking best first, take each whole sentence that
 *   still fits, skip one that does not and go on (budgeted greedy, as in the
 *   extractive-summarization literature). Nothing is cut mid-sentence, which is
 *   also what newsbrief promises.
 * - `truncate`: take whole sentences best first and cut the first one that
 *   overflows at the budget (the DUC/SumRepo habit of truncating at N words).
 */
export type FillMode = 'fit' | 'truncate';

const countWords = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

/** Chosen sentences in document order; words are whitespace tokens, as in shared/data/README.md. */
export function fillBudget(ranked: readonly RankedSentence[], maxWords: number, mode: FillMode): string[] {
  const chosen: RankedSentence[] = [];
  let used = 0;
  for (const s of ranked) {
    const words = countWords(s.text);
    if (words === 0) continue;
    if (used + words <= maxWords) {
      chosen.push(s);
      used += words;
    } else if (mode === 'truncate') {
      const rest = maxWords - used;
      if (rest > 0) chosen.push({ text: s.text.trim().split(/\s+/).slice(0, rest).join(' '), order: s.order });
      break;
    }
    if (used >= maxWords) break;
  }
  return chosen.sort((a, b) => a.order - b.order).map((s) => s.text.trim());
}
