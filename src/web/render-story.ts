/** @module A story's page: headline and coverage, what changed, the summary beside its key figures, figures, timeline, entities, reports. */
import { refKey, type SourceRef, type StoryDetail } from './api.js';
import { el, formatTime } from './dom.js';
import { renderEntities, renderTimeline } from './render-facts.js';
import { renderFigures } from './render-figures.js';
import { renderKeyFigures } from './render-key-figures.js';
import { coverageOf, dateNote, labelReports, plural, type ReportLabel } from './report-label.js';

export interface StoryHandlers {
  /** A sentence or claim was clicked: show `primary` in its report, and the others that say the same. */
  readonly onSource: (primary: SourceRef, others: readonly SourceRef[]) => void;
  /** What changed since the version the reader saw last, in words; null when there is nothing to say. */
  readonly changes?: HTMLElement | null;
}


/** Outlets named in the coverage line before "and N more". */
const MAX_OUTLETS_NAMED = 4;

function day(iso: string): string {
  return formatTime(iso.slice(0, 10));
}

/** "5 reports from 2 outlets (IANS, reuters.com; 3 unnamed) · 13–15 Dec 2016 · 3 undated". */
export function coverageLine(labels: Iterable<ReportLabel>): string {
  const c = coverageOf(labels);
  const named = c.outlets.slice(0, MAX_OUTLETS_NAMED).join(', ') + (c.outlets.length > MAX_OUTLETS_NAMED ? ` and ${c.outlets.length - MAX_OUTLETS_NAMED} more` : '');
  const who = c.outlets.length === 0 ? 'no outlet named' : `${plural(c.outlets.length, 'outlet')} (${named}${c.unnamed > 0 ? `; ${c.unnamed} unnamed` : ''})`;
  const parts = [`${plural(c.reports, 'report')} from ${who}`];
  if (c.from !== null && c.to !== null) parts.push(c.from === c.to ? `dated ${day(c.from)}` : `${day(c.from)} – ${day(c.to)}`);
  if (c.undated > 0) parts.push(c.undated === c.reports ? 'no publication dates' : `${c.undated} undated`);
  return parts.join(' · ');
}

function versionLine(detail: StoryDetail): string {
  const copies = detail.story.reports - detail.story.sources;
  return [
    detail.version === null ? 'no brief yet' : `version ${detail.version}`,
    detail.createdAt === null ? '' : `built ${formatTime(detail.createdAt)}`,
    copies > 0 ? `${plural(copies, 'near copy', 'near copies')}` : '',
  ].filter((p) => p !== '').join(' · ');
}

function section(title: string, id: string, body: HTMLElement, extra: Record<string, string> = {}): HTMLElement {
  return el('section', { class: 'block', 'aria-labelledby': id, ...extra }, el('h2', { id }, title), body);
}

/** A report's date as text, saying where it came from when that is not the report's own metadata. */
export function dateText(label: ReportLabel): HTMLElement {
  if (label.dateOrigin === 'arrival') return el('span', { class: 'date arrival', title: 'The report gives no date; this is when it arrived' }, `received ${formatTime(label.date)}`);
  const note = dateNote(label);
  return el('time', { class: 'date', datetime: label.date }, formatTime(label.date), el('span', { class: 'muted' }, note));
}

function reportItem(label: ReportLabel, nearDuplicateOf: string | null, handlers: StoryHandlers): HTMLElement {
  const ref = { report: label.id, start: 0, end: 0 };
  return el(
    'li',
    { 'data-report': label.id },
    el('span', { class: 'outlet', title: label.outletOrigin === null ? 'No outlet named' : `Outlet from the report's ${label.outletOrigin === 'domain' ? 'address' : label.outletOrigin}` }, label.outlet ?? `Report ${label.number}`),
    ' ',
    el('button', { type: 'button', class: 'link', 'data-ref': refKey(ref), title: 'Read it here', onclick: () => handlers.onSource(ref, []) }, label.title ?? 'Untitled report'),
    ' ',
    dateText(label),
    nearDuplicateOf === null ? null : el('span', { class: 'badge' }, 'near copy'),
    label.href === null ? null : el('a', { href: label.href, class: 'out', rel: 'noopener noreferrer', target: '_blank' }, 'original', el('span', { class: 'visually-hidden' }, ` at ${new URL(label.href).hostname} (opens a new tab)`), ' ↗'),
  );
}

function summaryBlock(detail: StoryDetail, handlers: StoryHandlers): HTMLElement {
  const brief = detail.brief!;
  if (brief.summary.length === 0) {
    return section(
      'Summary',
      'h-summary',
      el('p', { class: 'muted empty-summary' }, `No summary: ${detail.reports.length === 1 ? 'its one report has no' : `none of its ${detail.reports.length} reports has`} sentences of article text to choose from (only headlines, captions, credits or text too short to be a sentence). ${detail.reports.length === 1 ? 'The report is' : 'The reports are'} listed below.`),
      { id: 'summary' },
    );
  }
  const list = el(
    'ol',
    { class: 'summary' },
    ...brief.summary.map((sentence, i) =>
      el(
        'li',
        {},
        el(
          'button',
          { type: 'button', class: 'sentence', 'data-sentence': i, 'data-ref': refKey(sentence.sources[0]!), 'aria-controls': 'source', 'aria-expanded': 'false', title: 'Show the sentence in its report', onclick: () => handlers.onSource(sentence.sources[0]!, sentence.sources.slice(1)) },
          sentence.text,
        ),
        el('span', { class: 'count', title: `${plural(sentence.sources.length, 'report')} say this` }, el('span', { class: 'visually-hidden' }, 'reports: '), String(sentence.sources.length)),
      ),
    ),
  );
  return section('Summary', 'h-summary', list, { id: 'summary' });
}

export function renderStory(detail: StoryDetail, handlers: StoryHandlers): HTMLElement[] {
  const { story, brief } = detail;
  const labels = labelReports(detail.reports, brief);
  const head = el(
    'header',
    { class: 'story-head' },
    el('h1', {}, story.title),
    el('p', { class: 'coverage' }, coverageLine(labels.values())),
    el('p', { class: 'muted version' }, versionLine(detail), story.isStale ? el('span', { class: 'badge pending' }, 'new reports, brief updating') : null),
  );
  const reports = section(`Reports (${detail.reports.length})`, 'h-reports', el('ul', { class: 'reports' }, ...detail.reports.map((r) => reportItem(labels.get(r.id)!, r.nearDuplicateOf, handlers))));
  if (brief === null) return [head, el('p', { class: 'muted pending-brief' }, 'The brief is being built; it appears here when ready.'), reports];
  const onFact = (ref: SourceRef): void => handlers.onSource(ref, []);
  // Three headings each saying "none found" said less than one line.
  const isBare = brief.figures.length === 0 && brief.timeline.length === 0 && brief.entities.length === 0;
  return [
    head,
    handlers.changes ?? null,
    el('div', { class: 'lead' }, renderKeyFigures(brief, handlers.onSource), summaryBlock(detail, handlers)),
    isBare ? el('p', { class: 'muted block no-facts' }, 'No figures, dated events or names found.') : null,
    isBare ? null : section('Figures', 'h-figures', renderFigures(brief.figures, { storyId: story.id, labels, onSource: onFact })),
    isBare ? null : section('Timeline', 'h-timeline', renderTimeline(brief.timeline, onFact, story.id)),
    isBare ? null : section('Who and where', 'h-entities', renderEntities(brief.entities, story.id)),
    reports,
  ].filter((n): n is HTMLElement => n !== null);
}
