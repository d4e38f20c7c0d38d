/** @module Analysis: figures, disagreements, timeline and entities of a story, plus the timex tagger they use. */
export { analyzeReports } from './analyze-reports.js';
export * from './figures/index.js';
export * from './timeline/index.js';
export * from './entities/index.js';
export * from './timex/index.js';
export type * from './types.js';
