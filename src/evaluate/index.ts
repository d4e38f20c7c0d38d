/** @module Evaluation: the project's ROUGE scorer and the shared data's JSONL shapes. Re-exports only. */
export { rougeSentences, rougeTokens, stemToken } from './rouge-text.js';
export { scoreRouge, rougeN, rougeLsum, lcsIndices, measure, type RougeMeasure, type RougeScores } from './rouge.js';
export { scoreDataset, type DatasetRouge, type ScoredCluster, type PredictedSummary } from './score-dataset.js';
export { parseDatasetJsonl, parsePredictionsJsonl, referencesOf, type DatasetCluster, type PredictionRow } from './dataset.js';
