/** @module Learns the summarizer's weights from human summaries and writes them into src/summarize/model/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scoreRouge } from '../src/evaluate/index.js';
import { reportsFromCluster } from '../src/ingest/index.js';
import {
  CONCEPT_FEATURE_NAMES,
  SENTENCE_FEATURE_NAMES,
  conceptFeatures,
  createLearnedScorer,
  sentenceFeatures,
  summarize,
  type Background,
  type SummarizerWeights,
} from '../src/summarize/index.js';
import { fitLogistic } from './learn/fit-logistic.js';
import { fitRidge } from './learn/fit-ridge.js';
import { backgroundFrom, buildTrainingCluster, conceptLabels, sentenceTargets, type TrainingCluster } from './learn/training-set.js';

// Usage: node dist/scripts/learn-weights.js [--data ../shared/data] [--fit-clusters 1000] [--tune-clusters 300]
// Trains only on the training files (DUC 2003 and multinews-train); the dev files are for reporting.

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    'fit-clusters': { type: 'string', default: '1000' },
    'tune-clusters': { type: 'string', default: '300' },
    out: { type: 'string', default: 'src/summarize/model' },
  },
});
const dataDir = values.data!;
const fitCount = Number(values['fit-clusters']);
const tuneCount = Number(values['tune-clusters']);

interface Row { id: string; documents: string[]; summaries: string[] }
const readRows = (name: string): Row[] =>
  readFileSync(`${dataDir}/${name}`, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);

const log = (message: string): void => void process.stderr.write(`${message}\n`);

const multinews = readRows('multinews-train.jsonl');
log(`background: ${multinews.length} Multi-News training clusters`);
const background: Background = backgroundFrom(multinews.flatMap((r) => r.documents));
writeFileSync(`${values.out}/background-df.json`, JSON.stringify(background) + '\n');

const build = (rows: Row[]): TrainingCluster[] => rows.map(buildTrainingCluster).filter((c): c is TrainingCluster => c !== null);
const duc = build(readRows('duc2003.jsonl'));
const fitNews = build(multinews.slice(0, fitCount));
const tuneNewsRows = multinews.slice(fitCount, fitCount + tuneCount);
log(`fitting on ${duc.length} DUC 2003 and ${fitNews.length} Multi-News clusters; tuning on DUC 2003 and ${tuneNewsRows.length} other Multi-News clusters`);

// Each dataset gets the same total weight, so the 30 DUC clusters are not drowned by Multi-News.
function balanced<T>(groups: T[][]): { rows: T[]; weights: Float64Array } {
  const rows = groups.flat();
  const weights = new Float64Array(rows.length);
  let k = 0;
  for (const g of groups) for (let i = 0; i < g.length; i++) weights[k++] = rows.length / groups.length / g.length;
  return { rows, weights };
}

const conceptRows = (clusters: TrainingCluster[]) => clusters.flatMap((c) => conceptFeatures(c.table, c.candidates, c.docCount, background));
const conceptTargets = (clusters: TrainingCluster[]) => clusters.flatMap((c) => [...conceptLabels(c)]);
const conceptSet = balanced([conceptRows(duc), conceptRows(fitNews)]);
const conceptY = Float64Array.from([...conceptTargets(duc), ...conceptTargets(fitNews)]);
const conceptWeights = fitLogistic(conceptSet.rows, conceptY, { rowWeights: conceptSet.weights });
log(`concept model: ${conceptSet.rows.length} rows`);

function probabilities(c: TrainingCluster): Float64Array {
  return Float64Array.from(
    conceptFeatures(c.table, c.candidates, c.docCount, background).map((row) => {
      let z = 0;
      for (let i = 0; i < row.length; i++) z += conceptWeights[i]! * row[i]!;
      return 1 / (1 + Math.exp(-z));
    }),
  );
}
const sentenceRows = (clusters: TrainingCluster[]) =>
  clusters.flatMap((c) => sentenceFeatures(c.table, c.candidates, probabilities(c), c.docCount, background));
const sentenceSet = balanced([sentenceRows(duc), sentenceRows(fitNews)]);
const sentenceY = Float64Array.from([...duc.flatMap((c) => [...sentenceTargets(c)]), ...fitNews.flatMap((c) => [...sentenceTargets(c)])]);
const sentenceWeights = fitRidge(sentenceSet.rows, sentenceY, 1e-3, sentenceSet.weights);
log(`sentence model: ${sentenceSet.rows.length} rows`);

// Mixing constants: a small grid, scored on the training files (DUC 2003 recall at 100 words, as DUC
// reports; Multi-News F1 at 230 words), averaging ROUGE-1 and ROUGE-2 over both.
async function score(weights: SummarizerWeights): Promise<{ duc: number[]; news: number[]; objective: number }> {
  const scorer = createLearnedScorer(weights, background);
  const run = async (rows: Row[], maxWords: number, kind: 'recall' | 'f1'): Promise<number[]> => {
    let r1 = 0;
    let r2 = 0;
    for (const row of rows) {
      const reports = reportsFromCluster(row);
      const summary = reports.length ? await summarize(reports, { maxWords, scorer }) : [];
      const s = scoreRouge(summary.map((x) => x.text), row.summaries);
      r1 += s.rouge1[kind];
      r2 += s.rouge2[kind];
    }
    return [(100 * r1) / rows.length, (100 * r2) / rows.length];
  };
  const ducScores = await run(readRows('duc2003.jsonl'), 100, 'recall');
  const newsScores = await run(tuneNewsRows, 230, 'f1');
  return { duc: ducScores, news: newsScores, objective: (ducScores[0]! + ducScores[1]! + newsScores[0]! + newsScores[1]!) / 4 };
}

let best: { weights: SummarizerWeights; objective: number } | null = null;
for (const unigramScale of [0, 0.25, 0.5]) {
  for (const sentenceScale of [0, 0.5, 1, 2]) {
    for (const minProbability of [0.05, 0.1]) {
      const weights: SummarizerWeights = { concept: conceptWeights, sentence: sentenceWeights, unigramScale, sentenceScale, minProbability };
      const result = await score(weights);
      log(`unigram ${unigramScale} sentence ${sentenceScale} floor ${minProbability}: DUC 2003 R1/R2 recall ${result.duc.map((x) => x.toFixed(2)).join('/')}, Multi-News R1/R2 F1 ${result.news.map((x) => x.toFixed(2)).join('/')}`);
      if (!best || result.objective > best.objective) best = { weights, objective: result.objective };
    }
  }
}
const round = (x: number): number => Number(x.toPrecision(6));
const output = {
  ...best!.weights,
  concept: best!.weights.concept.map(round),
  sentence: best!.weights.sentence.map(round),
  conceptFeatures: CONCEPT_FEATURE_NAMES,
  sentenceFeatures: SENTENCE_FEATURE_NAMES,
  trainedOn: `duc2003.jsonl (${duc.length} clusters), multinews-train.jsonl (first ${fitNews.length} to fit, next ${tuneNewsRows.length} to tune)`,
};
writeFileSync(`${values.out}/summarizer-weights.json`, JSON.stringify(output, null, 1) + '\n');
log(`chosen: unigram ${best!.weights.unigramScale}, sentence ${best!.weights.sentenceScale}, floor ${best!.weights.minProbability}`);
