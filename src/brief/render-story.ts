/** @module A story version as plain text: title, summary with its sources, what changed, the key figures, figures, timeline and entities, the reports. */
import { z } from 'zod';
import type { StoryFacts } from '../analyze/index.js';
import { BriefSchema } from './brief-schema.js';
import { renderFactsText } from './render-facts.js';
import { displayText } from './display-text.js';
import type { StorySummary, StoryVersion } from '../store/index.js';
import { storyTitle } from './story-title.js';

const changesShape = z.object({
  previousVersion: z.number().nullable(),
  newReports: z.array(z.string()),
  nearDuplicates: z.array(z.object({ id: z.string(), of: z.string() })),
  newFigures: z.array(z.unknown()),
  changedFigures: z.array(z.unknown()),
});

export function renderStoryText(story: StorySummary, version: StoryVersion): string {
  const lines = [displayText(storyTitle(story)), `Story ${story.id}, version ${version.version} of ${story.latestVersion} (${version.createdAt}); ${story.reportCount} reports, ${story.independentCount} independent`, ''];
  const brief = BriefSchema.safeParse(version.brief);
  if (brief.success) {
    for (const s of brief.data.summary) lines.push(`${s.text} [${[...new Set(s.sources.map((x) => x.report))].join(', ')}]`);
  } else {
    lines.push('(brief in an unknown shape: use --format json)');
  }
  const changes = changesShape.safeParse(version.changes);
  if (changes.success && changes.data.previousVersion !== null) {
    const c = changes.data;
    lines.push('', `Since version ${c.previousVersion}: ${c.newReports.length} new reports${c.nearDuplicates.length === 0 ? '' : ` (${c.nearDuplicates.length} near copies)`}, ${c.newFigures.length} new figures, ${c.changedFigures.length} changed`);
  }
  if (brief.success) {
    // The same renderer as `brief`: key figures first, then figures, timeline and entities.
    lines.push('', renderFactsText(brief.data as unknown as StoryFacts, brief.data.reports).trimEnd());
    lines.push('', 'Reports:');
    for (const r of brief.data.reports) lines.push(`  ${r.id}\t${r.source ?? '-'}\t${r.date ?? '-'}\t${displayText(r.title ?? r.url ?? r.path ?? '')}`);
  }
  return `${lines.join('\n')}\n`;
}
