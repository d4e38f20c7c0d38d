/** @module Page metadata readers: JSON-LD, meta tags, time elements, sidecar, and their merge. */
export { readJsonLd, parseLooseJson } from './json-ld.js';
export { readMetaTags, type MetaTagValues } from './meta-tags.js';
export { readTimeElements } from './time-elements.js';
export { readSidecar, sidecarSchema, type Sidecar } from './sidecar.js';
export { mergeMetadata, type MetaSource } from './merge-metadata.js';
export { normalizeDate } from './normalize-date.js';
export { readPageMetadata } from './read-page-metadata.js';
export { cleanAuthor, cleanValue, decodeEntities } from './meta-fields.js';
export type { MetaField, MetaValue, MetaValues, PageMetadata } from './meta-fields.js';
