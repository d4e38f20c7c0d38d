/** @module The library's public surface: only re-exports. */
export type * from './types.js';
export { NewsbriefError, isNewsbriefError } from './errors.js';
export { brief, summarizeDocuments, type BriefOptions } from './brief.js';
