/** @module People, organisations and places of a story: recognised per report, merged across reports. */
import { segmentReport } from '../../text/index.js';
import type { Report } from '../../types.js';
import type { Entity } from '../types.js';
import { mergeEntities } from './merge-entities.js';
import { recognizeMentions, type Mention } from './recognize-mentions.js';

/**
 * Entities of the reports' article sentences (captions, credits and headlines left out).
 *
 * @param recognized each report's mentions, as `recognizeMentions` gives them for its article sentences;
 *   recognised here when not given.
 */
export function findEntities(reports: readonly Report[], recognized?: readonly (readonly Mention[])[]): Entity[] {
  const mentions = reports.flatMap((r, i) => recognized?.[i] ?? recognizeMentions(r.text, segmentReport(r).filter((s) => s.isArticle)));
  // A storm named once as "Hurricane Mitch" is "Mitch" in the rest of the story, in other reports too.
  const storms = new Set(reports.flatMap((r) => [...r.text.matchAll(STORM_NAME)].map((m) => m[1]!)));
  return mergeEntities(mentions.filter((m) => !storms.has(m.text)));
}

const STORM_NAME = /\b(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Tt]ropical [Ss]torm)\s+(\p{Lu}\p{Ll}+)\b/gu;
