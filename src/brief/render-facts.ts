/** @module Renders the story's facts for editors: a figures table with disagreements marked, a timeline, an entity list. */
import type { StoryFacts, FigureClaim, FigureGroup, KeyFigure } from '../analyze/index.js';
import type { Report } from '../types.js';
import { escapeMarkdown } from './render-summary.js';
import { displayText } from './display-text.js';

/** Entities listed in full; the rest are counted. */
export const DEFAULT_MAX_ENTITIES = 20;

const MARK = { conflict: '!! CONFLICT', update: '>> UPDATE', agree: '== AGREE', single: '-- ONE CLAIM' } as const;

function num(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A claim's value as an editor reads it: "≥225", "~10,000", "10,000–13,000", "≤90%". */
export function formatClaimValue(c: FigureClaim): string {
  const unit = c.counted.kind === 'share' ? '%' : '';
  if (c.value === null) {
    const range = `${num(c.low ?? 0)}–${c.high === null ? '?' : num(c.high)}${unit}`;
    return c.approximate ? `~${range} (${c.text.split(/\s+of\s+/i)[0]!.toLowerCase()})` : range;
  }
  const prefix = c.low !== null ? '≥' : c.high !== null ? '≤' : c.approximate ? '~' : '';
  return `${prefix}${num(c.value)}${unit}`;
}

function shortId(id: string): string {
  return id.replace(/_[0-9a-f]{8,}$/i, '');
}

function dateOf(c: FigureClaim): string {
  if (c.date === null) return 'undated';
  return c.dateInferred ? `${c.date} (year inferred)` : c.date;
}

function sourceOf(c: FigureClaim): string {
  return c.attributed ? c.source : `${c.source} (unattributed)`;
}

function notes(c: FigureClaim): string {
  const parts = [c.isConditional ? 'hypothetical' : '', c.disputedBy !== null ? `disputed by ${c.disputedBy}` : ''].filter((p) => p !== '');
  return parts.join('; ');
}

function sortedGroups(facts: StoryFacts): { shared: FigureGroup[]; single: FigureGroup[] } {
  return {
    shared: facts.figures.filter((g) => g.claims.length > 1),
    single: facts.figures.filter((g) => g.claims.length === 1),
  };
}

/** The reports as the facts renderers need them: an id and a title (a stored brief has no texts). */
export type ReportHeading = Pick<Report, 'id' | 'title'>;

/** A key figure's value as an editor prints it: "2", "≥3", "10,000–13,000". */
export function formatKeyValue(k: KeyFigure): string {
  if (k.value !== null) return num(k.value);
  if (k.low !== null && k.high !== null) return `${num(k.low)}–${num(k.high)}`;
  return k.low !== null ? `≥${num(k.low)}` : k.high !== null ? `≤${num(k.high)}` : '?';
}

function keyLine(k: KeyFigure): string {
  const others = k.values.filter((v) => (v.value ?? v.low) !== (k.value ?? k.low));
  const earlier = others.length === 0 ? '' : `; also stated: ${others.map((v) => `${num(v.value ?? v.low ?? 0)} (${v.sources.join(', ')})`).join(', ')}`;
  const status = k.status === 'conflict' ? ' [CONFLICT]' : k.status === 'update' ? ' [updated]' : '';
  return `${k.what}: ${formatKeyValue(k)}${status} (${k.sources.join(', ')}${k.dates[0] != null ? `, ${k.dates.filter((d) => d !== null).join(', ')}` : ''})${earlier}`;
}

function reportLine(reports: readonly ReportHeading[], facts: StoryFacts): string[] {
  return reports.map((r) => {
    const d = facts.reportDates.find((x) => x.report === r.id);
    const date = d?.date == null ? 'undated' : `${d.date}${d.inferred ? ' (year inferred)' : ''}, from ${d.origin}`;
    return `${shortId(r.id)}  ${displayText(r.title ?? r.id)}  [${date}]`;
  });
}

/** Plain text: sections for figures, timeline, undated expressions and entities. */
export function renderFactsText(facts: StoryFacts, reports: readonly ReportHeading[]): string {
  const out: string[] = ['REPORTS', ...reportLine(reports, facts).map((l) => `  ${l}`), '', 'KEY FIGURES'];
  if (facts.keyFigures.length === 0) out.push('  (no casualty or other headline figure stated)');
  for (const k of facts.keyFigures) out.push(`  ${keyLine(k)}`, `     why: ${k.reason}`);
  out.push('', 'FIGURES');
  const { shared, single } = sortedGroups(facts);
  for (const g of shared) {
    out.push(`${MARK[g.status]}  ${g.what}`, `   why: ${g.reason}`);
    for (const c of g.claims) {
      const note = notes(c);
      out.push(`   ${formatClaimValue(c).padEnd(14)} ${sourceOf(c)}; ${shortId(c.report)}, ${dateOf(c)}: "${c.text}"${note ? ` [${note}]` : ''}`);
    }
  }
  if (single.length > 0) out.push('  One report only:');
  for (const g of single) {
    const c = g.claims[0]!;
    const note = notes(c);
    out.push(`   ${g.what}: ${formatClaimValue(c)} (${sourceOf(c)}; ${shortId(c.report)}, ${dateOf(c)})${note ? ` [${note}]` : ''}`);
  }
  out.push('', 'TIMELINE');
  for (const e of facts.timeline) out.push(`  ${(e.date + (e.inferred ? '*' : '')).padEnd(12)} ${shortId(e.report)}  ${e.text}`);
  if (facts.timeline.some((e) => e.inferred)) out.push('  * year inferred from the story\'s dated evidence, not printed in the report');
  if (facts.unresolved.length > 0) {
    out.push('', 'NOT DATED');
    for (const u of facts.unresolved) out.push(`  ${shortId(u.report)}  "${u.text}": ${u.reason}`);
  }
  out.push('', 'PEOPLE, ORGANISATIONS, PLACES');
  for (const e of facts.entities.slice(0, DEFAULT_MAX_ENTITIES)) {
    const aka = e.aliases.length > 0 ? `; also ${e.aliases.join(', ')}` : '';
    out.push(`  ${e.name} (${e.type}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'} in ${e.reports} report${e.reports === 1 ? '' : 's'}${aka})`);
  }
  if (facts.entities.length > DEFAULT_MAX_ENTITIES) out.push(`  ... and ${facts.entities.length - DEFAULT_MAX_ENTITIES} more`);
  return `${out.join('\n')}\n`;
}

/** Third-party text in a table cell or list item: escaped, on one line. */
function md(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' '));
}

/** Markdown: a figures table (status marked), a timeline list, undated expressions and an entity list; quoted text is escaped. */
export function renderFactsMarkdown(facts: StoryFacts, reports: readonly ReportHeading[]): string {
  const out: string[] = ['## Reports', '', ...reportLine(reports, facts).map((l) => `- ${md(l)}`), '', '## Key figures', ''];
  if (facts.keyFigures.length === 0) out.push('No casualty or other headline figure stated.');
  for (const k of facts.keyFigures) out.push(`- **${md(k.what)}: ${md(formatKeyValue(k))}**${md(keyLine(k).slice(k.what.length + 2 + formatKeyValue(k).length))}`);
  out.push('', '## Figures', '');
  const label = { conflict: '**conflict**', update: '**update**', agree: 'agree', single: 'one claim' } as const;
  const { shared, single } = sortedGroups(facts);
  if (shared.length > 0) out.push('| What | Status | Value | Source | Report | Date | As printed |', '|---|---|---|---|---|---|---|');
  for (const g of shared) {
    g.claims.forEach((c, i) => {
      const note = notes(c);
      const status = i === 0 ? label[g.status] : '';
      const what = i === 0 ? md(g.what) : '';
      out.push(
        `| ${what} | ${status} | ${md(formatClaimValue(c))} | ${md(sourceOf(c))} | ${md(shortId(c.report))} | ${md(dateOf(c))} | “${md(c.text)}”${note ? ` (${md(note)})` : ''} |`,
      );
    });
  }
  if (single.length > 0) out.push('', 'One claim each:', '');
  for (const g of single) {
    const c = g.claims[0]!;
    const note = notes(c);
    out.push(`- ${md(g.what)}: ${md(formatClaimValue(c))} (${md(sourceOf(c))}; ${md(shortId(c.report))}, ${md(dateOf(c))})${note ? ` (${md(note)})` : ''}`);
  }
  const explained = shared.filter((g) => g.status !== 'agree');
  if (explained.length > 0) out.push('', ...explained.map((g) => `- ${label[g.status]}: ${md(g.what)}: ${md(g.reason)}`));
  out.push('', '## Timeline', '');
  for (const e of facts.timeline) out.push(`- **${e.date}**${e.inferred ? ' (year inferred)' : ''}, ${md(shortId(e.report))}: ${md(e.text)}`);
  if (facts.unresolved.length > 0) {
    out.push('', '### Not dated', '');
    for (const u of facts.unresolved) out.push(`- ${md(shortId(u.report))}: “${md(u.text)}” (${md(u.reason)})`);
  }
  out.push('', '## People, organisations, places', '');
  for (const e of facts.entities.slice(0, DEFAULT_MAX_ENTITIES)) {
    const aka = e.aliases.length > 0 ? `; also ${e.aliases.map(md).join(', ')}` : '';
    out.push(`- **${md(e.name)}** (${e.type}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'} in ${e.reports} report${e.reports === 1 ? '' : 's'}${aka})`);
  }
  if (facts.entities.length > DEFAULT_MAX_ENTITIES) out.push(`- … and ${facts.entities.length - DEFAULT_MAX_ENTITIES} more`);
  return `${out.join('\n')}\n`;
}
