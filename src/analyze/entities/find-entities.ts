/** @module People, organisations and places of a story: recognised per report, merged across reports. */
import { segmentReport } from '../../text/index.js';
import type { Report } from '../../types.js';
import type { Entity } from '../types.js';
import { mergeEntities } from './merge-entities.js';
import { recognizeMentions } from './recognize-mentions.js';

/** Entities of the reports' article sentences (captions, credits and headlines left out). */
export function findEntities(reports: readonly Report[]): Entity[] {
  const mentions = reports.flatMap((r) => recognizeMentions(r.text, segmentReport(r).filter((s) => s.isArticle)));
  return mergeEntities(mentions);
}
