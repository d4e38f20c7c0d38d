/** @module Merges metadata from every reader, keeping for each field the value from the most trusted origin. */
import type { MetaOrigin } from '../../types.js';
import type { MetaField, MetaValue, MetaValues, PageMetadata } from './meta-fields.js';

export interface MetaSource {
  readonly origin: MetaOrigin;
  readonly values: MetaValues;
}

/**
 * Merges sources given in trust order, most trusted first: what the user states (flags, sidecar)
 * beats what the page states for machines (JSON-LD, then Open Graph, then other meta tags), which
 * beats what is printed for people (`<time>`, a dateline).
 */
export function mergeMetadata(sources: readonly MetaSource[]): PageMetadata {
  const merged: Partial<Record<MetaField, MetaValue>> = {};
  for (const { origin, values } of sources) {
    for (const [field, value] of Object.entries(values) as [MetaField, string | undefined][]) {
      if (value !== undefined && merged[field] === undefined) merged[field] = { value, origin };
    }
  }
  return merged;
}
