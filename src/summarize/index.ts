/** @module Summarize: score and select sentences under a word budget. */
export { summarize, type SummarizeOptions, LEAD_BONUS } from './summarize.js';
export { collectCandidates, type Candidate } from './candidates.js';
export { extractConcepts, type Concept, type ConceptTable } from './concepts.js';
export { selectByIlp, type IlpProblem } from './select-ilp.js';
export { documentFrequencyWeigher, type ConceptWeigher, type WeightContext } from './weights.js';
export { groupSameContent } from './same-content.js';
export { orderForReading } from './reading-order.js';
