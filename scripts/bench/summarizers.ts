/** @module The summarizers the benchmark runs: newsbrief and npm peers, each behind the same call (documents, word budget) -> summary sentences. */
import { createRequire } from 'node:module';
import { fillBudget, type FillMode, type RankedSentence } from './budget.js';

export type Summarize = (documents: readonly string[], maxWords: number) => Promise<string[]>;

export interface SummarizerEntry {
  readonly name: string;
  /** How it was set up, printed under the table. */
  readonly note: string;
  /** Loads the package (in the worker process only, so its memory is counted there). */
  readonly load: (fill: FillMode) => Promise<Summarize>;
}

const require = createRequire(import.meta.url);

/** Peers get one text per cluster; a blank line between articles keeps every splitter from joining two of them. */
const joinDocuments = (documents: readonly string[]): string => documents.join('\n\n');

// --- minimal shapes of the untyped CommonJS peers (only what we call) ---
interface LexrankLine {
  readonly weight: number;
  readonly text: string;
  readonly index: number;
}
interface LexrankModule {
  summarize(text: string, lines: number, callback: (err: unknown, topLines: LexrankLine[]) => void): void;
}
interface NodeSummarizerPreprocesser {
  paragraphToSentences(text: string): string[] | Error;
  cleanSentences(list: string[]): [string[], Map<string, string>];
  tokenizeSentences(clean: string[]): string[];
  getWeights(words: string[]): Map<string, number>;
  sentenceWeights(clean: string[], weights: Map<string, number>): [number, string][];
  nounsAndAdjectives(clean: string[]): Promise<Map<string, string[]> | undefined>;
  createTextRankGraph(map: Map<string, string[]>): unknown;
  textRank(graph: unknown): Map<string, number>;
}

/** Ranks with ts-textrank's own defaults from its README: Sorensen-Dice similarity, its parser, damping 0.85, English stopwords. */
async function loadTsTextrank(fill: FillMode): Promise<Summarize> {
  const tr = (await import('ts-textrank')).default;
  const logger = new tr.NullLogger();
  // Ask for every sentence ranked by score, then apply the shared budget rule.
  const config = new tr.AbsoluteSummarizerConfig(
    Number.MAX_SAFE_INTEGER,
    new tr.SorensenDiceSimilarity(),
    new tr.DefaultTextParser(),
    0.85,
    tr.Summarizer.SORT_SCORE,
  );
  return async (documents, maxWords) => {
    const text = joinDocuments(documents);
    const ranked = new tr.Summarizer(config, logger).summarize(text, 'en');
    // ts-textrank returns raw sentence strings only; their first offset in the text restores document order.
    const withOrder: RankedSentence[] = ranked.map((s) => ({ text: s, order: text.indexOf(s) }));
    return fillBudget(withOrder, maxWords, fill);
  };
}

async function loadLexrank(fill: FillMode): Promise<Summarize> {
  const lexrank = require('lexrank') as LexrankModule;
  return async (documents, maxWords) => {
    let lines: LexrankLine[] = [];
    // lexrank returns its top lines in document order; asking for all of them and sorting by its
    // eigenvector weight recovers its ranking. Its callback runs synchronously.
    lexrank.summarize(joinDocuments(documents), Number.MAX_SAFE_INTEGER, (err, top) => {
      if (err) throw err instanceof Error ? err : new Error(String(err));
      lines = top;
    });
    const ranked = [...lines].sort((a, b) => b.weight - a.weight).map((l) => ({ text: l.text, order: l.index }));
    return fillBudget(ranked, maxWords, fill);
  };
}

function nodeSummarizerPreprocesser(): NodeSummarizerPreprocesser {
  const { Preprocesser } = require('node-summarizer/src/Preprocesser.js') as {
    Preprocesser: new () => NodeSummarizerPreprocesser;
  };
  return new Preprocesser();
}

/**
 * node-summarizer's public API returns only a glued string of its top N
 * sentences, so we run the same steps its `summarizeByFrequency` /
 * `summarizeByRank` run (src/Summarizer.js) and keep the ranking and the
 * cleaned -> original sentence map. No step is added or skipped.
 */
async function loadNodeSummarizer(fill: FillMode, mode: 'frequency' | 'rank'): Promise<Summarize> {
  const pre = nodeSummarizerPreprocesser();
  return async (documents, maxWords) => {
    const list = pre.paragraphToSentences(joinDocuments(documents));
    if (!Array.isArray(list)) throw list;
    const order = new Map(list.map((s, i) => [s, i] as const));
    const [clean, originals] = pre.cleanSentences(list);
    let scored: [number, string][];
    if (mode === 'frequency') {
      scored = pre.sentenceWeights(clean, pre.getWeights(pre.tokenizeSentences(clean)));
    } else {
      const nouns = await pre.nounsAndAdjectives(clean);
      if (nouns === undefined) throw new Error('node-summarizer: wordpos lookup failed');
      scored = [...pre.textRank(pre.createTextRankGraph(nouns))].map(([s, visits]) => [visits, s]);
    }
    scored.sort((a, b) => b[0] - a[0]);
    const ranked = scored.map(([, s]) => {
      const text = originals.get(s) ?? s;
      return { text, order: order.get(text) ?? Number.MAX_SAFE_INTEGER };
    });
    return fillBudget(ranked, maxWords, fill);
  };
}

export const SUMMARIZERS: readonly SummarizerEntry[] = [
  {
    name: 'newsbrief',
    note: 'summarizeDocuments(documents, { maxWords }) from src/index.ts; its own budget handling',
    load: async () => {
      const { summarizeDocuments } = await import('../../src/index.js');
      return (documents, maxWords) => summarizeDocuments(documents, { maxWords });
    },
  },
  {
    name: 'ts-textrank',
    note: 'ts-textrank 1.0.3, README defaults (Sorensen-Dice, DefaultTextParser, d=0.85, "en" stopwords), ranked by score',
    load: loadTsTextrank,
  },
  {
    name: 'lexrank',
    note: 'lexrank 1.0.5 summarize(text, all lines), ranked by its eigenvector weight',
    load: loadLexrank,
  },
  {
    name: 'node-summarizer-freq',
    note: 'node-summarizer 1.0.7 frequency method (its "more efficient" one), ranked by mean word frequency',
    load: (fill) => loadNodeSummarizer(fill, 'frequency'),
  },
  {
    name: 'node-summarizer-rank',
    note: 'node-summarizer 1.0.7 TextRank method (wordpos nouns/adjectives, 10,000-step random walk: not deterministic)',
    load: (fill) => loadNodeSummarizer(fill, 'rank'),
  },
];
