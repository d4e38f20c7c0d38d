/** @module Summarize: score and select sentences under a word budget. */
export { summarize, type SummarizeOptions } from './summarize.js';
export { collectCandidates, type Candidate, type CandidateOptions } from './candidates.js';
export { extractConcepts, type Concept, type ConceptTable } from './concepts.js';
export { selectByIlp, type IlpProblem } from './select-ilp.js';
export { selectGreedy } from './select-greedy.js';
export { documentFrequencyScorer, LEAD_BONUS, type SelectionScorer, type SelectionScores, type ScoringContext } from './scorer.js';
export { learnedScorer, createLearnedScorer, compressionOf, type SummarizerWeights, type RegimeWeights } from './learned-scorer.js';
export { conceptFeatures, visitConceptFeatures, sentenceFeatures, CONCEPT_FEATURE_NAMES, SENTENCE_FEATURE_NAMES, type Background } from './features.js';
export { groupSameContent, statesSameFact } from './same-content.js';
export { leansOnPrevious } from './leaning.js';
export { orderForReading } from './reading-order.js';
export { figureKeysOf } from './figure-keys.js';
