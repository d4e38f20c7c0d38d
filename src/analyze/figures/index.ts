/** @module Figures: quantities in the reports, what they count, who said them, and where the reports disagree. */
export { findQuantities, type Quantity } from './find-quantities.js';
export { parseNumber } from './number-words.js';
export { readCountedNoun, canonicalNoun } from './counted-noun.js';
export { findAttribution, type Attribution } from './find-attribution.js';
export { findPlaces, isPlaceCompatible } from './find-place.js';
export { extractClaims, type ClaimInput } from './extract-claims.js';
export { groupFigures } from './group-figures.js';
export { classifyGroup, claimInterval, DEFAULT_APPROX_TOLERANCE } from './classify-group.js';
export { describeCounted } from './describe-counted.js';
export { findSingulars, type SingularQuantity } from './find-singulars.js';
export { findKeyFigures, type KeyFigureOptions, type KeyFigureStrategy } from './key-figures.js';
export { measureOf, nounClassOf, roleOf, HEADLINE_MEASURES } from './measure.js';
