/** @module A story version as plain text: title, summary with its sources, what changed, the key figures, figures, timeline and entities, the reports. */
import { z } from 'zod';
import type { FigureClaim, StoryFacts } from '../analyze/index.js';
import { BriefSchema, type StoredBrief } from './brief-schema.js';
import { countNoun } from './count-noun.js';
import { formatClaimValue, renderFactsText } from './render-facts.js';
import { displayText } from './display-text.js';
import type { StorySummary, StoryVersion } from '../store/index.js';
import { storyTitle } from './story-title.js';

/** Enough of a figure group to name it and print its values; render-facts formats each claim. */
const groupShape = z.looseObject({
  what: z.string(),
  claims: z.array(
    z.looseObject({
      value: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      approximate: z.boolean(),
      text: z.string(),
      counted: z.looseObject({ kind: z.string() }),
    }),
  ),
});
const changesShape = z.object({
  previousVersion: z.number().nullable(),
  newReports: z.array(z.string()),
  nearDuplicates: z.array(z.object({ id: z.string(), of: z.string() })),
  newFigures: z.array(z.unknown()),
  changedFigures: z.array(z.object({ key: z.string(), before: z.unknown(), after: z.unknown() })),
});

type Changes = z.infer<typeof changesShape>;
type ReportRow = StoredBrief['reports'][number];

/** A figure group's values as printed, earliest claim first ("7, 6"), and the group's `what` as its name. */
function figureLine(figure: unknown): { what: string; values: string } | null {
  const group = groupShape.safeParse(figure);
  if (!group.success) return null;
  const values = [...new Set(group.data.claims.map((c) => formatClaimValue(c as unknown as FigureClaim)))];
  return { what: group.data.what, values: values.join(', ') };
}

/**
 * What changed since the previous version, named: each new report (its title, source and date, and "a near
 * copy of" when it is one), each new figure with its values, each changed figure with its values before and after.
 */
function changeLines(c: Changes, reports: readonly ReportRow[]): string[] {
  const lines = [
    `Since version ${c.previousVersion}: ${countNoun(c.newReports.length, 'new report')}${c.nearDuplicates.length === 0 ? '' : ` (${countNoun(c.nearDuplicates.length, 'near copy')})`}, ${countNoun(c.newFigures.length, 'new figure')}, ${c.changedFigures.length} changed`,
  ];
  const byId = new Map(reports.map((r) => [r.id, r]));
  for (const id of c.newReports) {
    const r = byId.get(id);
    const copy = c.nearDuplicates.find((d) => d.id === id);
    const what = r === undefined ? '' : ` ${displayText(r.title ?? r.url ?? r.path ?? '')}${r.source === null ? '' : ` (${displayText(r.source)})`}`;
    lines.push(`  + report ${id}${what}${r?.date == null ? '' : `, ${r.date.slice(0, 10)}`}${copy === undefined ? '' : `, a near copy of ${copy.of}`}`);
  }
  for (const figure of c.newFigures) {
    const f = figureLine(figure);
    if (f !== null) lines.push(`  + figure ${displayText(f.what)}: ${f.values}`);
  }
  for (const change of c.changedFigures) {
    const before = figureLine(change.before);
    const after = figureLine(change.after);
    if (after === null) lines.push(`  ~ figure ${displayText(change.key)}`);
    else lines.push(`  ~ figure ${displayText(after.what)}: before ${before?.values ?? '?'}; now ${after.values}`);
  }
  return lines;
}

export function renderStoryText(story: StorySummary, version: StoryVersion): string {
  const lines = [displayText(storyTitle(story)), `Story ${story.id}, version ${version.version} of ${story.latestVersion} (${version.createdAt}); ${countNoun(story.reportCount, 'report')}, ${story.independentCount} independent`, ''];
  const brief = BriefSchema.safeParse(version.brief);
  if (brief.success) {
    for (const s of brief.data.summary) lines.push(`${s.text} [${[...new Set(s.sources.map((x) => x.report))].join(', ')}]`);
  } else {
    lines.push('(brief in an unknown shape: use --format json)');
  }
  const changes = changesShape.safeParse(version.changes);
  if (changes.success && changes.data.previousVersion !== null) {
    lines.push('', ...changeLines(changes.data, brief.success ? brief.data.reports : []));
  }
  if (brief.success) {
    // The same renderer as `brief`: key figures first, then figures, timeline and entities.
    lines.push('', renderFactsText(brief.data as unknown as StoryFacts, brief.data.reports).trimEnd());
    lines.push('', 'Reports:');
    for (const r of brief.data.reports) lines.push(`  ${r.id}\t${r.source ?? '-'}\t${r.date ?? '-'}\t${displayText(r.title ?? r.url ?? r.path ?? '')}`);
  }
  return `${lines.join('\n')}\n`;
}
