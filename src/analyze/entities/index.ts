/** @module Entities: people, organisations and places, with aliases merged across reports. */
export { findEntities } from './find-entities.js';
export { isNationality } from './nationalities.js';
export { recognizeMentions, type Mention } from './recognize-mentions.js';
export { mergeEntities, nameKey, initials, DEFAULT_MAX_NAME_EDITS, DEFAULT_MIN_FUZZY_LENGTH } from './merge-entities.js';
