/** @module Online story assignment: re-exports. */
export { createStoryAssigner, restoreStoryAssigner, type StoryAssigner, type StoryAssignment, type StoryReport } from './story-assigner.js';
export { assignerStateSchema, ASSIGNER_STATE_VERSION, type AssignerState } from './assigner-state.js';
export {
  DEFAULT_MAX_REPORT_TERMS,
  DEFAULT_MAX_STORY_TERMS,
  DEFAULT_WINDOW_DAYS,
  type AssignerOptions,
  type AssignerOptionsInput,
} from './assigner-options.js';
export { DEFAULT_THRESHOLD } from './choose-story.js';
export { reportTerms } from './report-terms.js';
export { createNearCopyIndex, findNearCopy, fingerprint, insertInOrder, type Fingerprint, type NearCopyIndex } from './near-copies.js';
