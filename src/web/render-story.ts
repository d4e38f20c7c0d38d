/** @module A story's page: headline, what changed, the summary with each sentence linked to its sources, figures, timeline, entities, reports. */
import type { SourceRef, StoryDetail } from './api.js';
import { el, formatTime, safeHref } from './dom.js';
import { renderEntities, renderTimeline } from './render-facts.js';
import { renderFigures } from './render-figures.js';

export interface StoryHandlers {
  /** A sentence or claim was clicked: show `primary` in its report, and the others that say the same. */
  readonly onSource: (primary: SourceRef, others: readonly SourceRef[]) => void;
}

function changesLine(detail: StoryDetail): string {
  const added = detail.changes?.newReports?.length ?? 0;
  const figures = (detail.changes?.newFigures?.length ?? 0) + (detail.changes?.changedFigures?.length ?? 0);
  const parts = [`version ${detail.version ?? 0}`, detail.createdAt === null ? '' : formatTime(detail.createdAt)];
  if (detail.version !== null && detail.version > 1) parts.push(`${added} new report${added === 1 ? '' : 's'}`, `${figures} figure change${figures === 1 ? '' : 's'}`);
  return parts.filter((p) => p !== '').join(' · ');
}

function section(title: string, id: string, body: HTMLElement): HTMLElement {
  return el('section', { class: 'block', 'aria-labelledby': id }, el('h2', { id }, title), body);
}

export function renderStory(detail: StoryDetail, handlers: StoryHandlers): HTMLElement[] {
  const { story, brief } = detail;
  const head = el(
    'header',
    { class: 'story-head' },
    el('h1', {}, story.title ?? '(untitled)'),
    el('p', { class: 'muted' }, `${story.reports} reports · ${story.sources} sources · ${changesLine(detail)}`, story.isStale ? el('span', { class: 'badge pending' }, 'new reports, brief updating') : null),
  );
  if (brief === null) return [head, el('p', { class: 'muted pending-brief' }, 'The brief is being built; it appears here when ready.')];
  const summary = el(
    'ol',
    { class: 'summary' },
    ...brief.summary.map((sentence, i) =>
      el(
        'li',
        {},
        el(
          'button',
          { type: 'button', class: 'sentence', 'data-sentence': i, title: 'Show the sentence in its report', onclick: () => handlers.onSource(sentence.sources[0]!, sentence.sources.slice(1)) },
          sentence.text,
        ),
        el('span', { class: 'count', title: `${sentence.sources.length} report(s) say this` }, String(sentence.sources.length)),
      ),
    ),
  );
  const reports = el(
    'ul',
    { class: 'reports' },
    ...detail.reports.map((r) => {
      const href = safeHref(r.url);
      return el(
        'li',
        {},
        el('button', { type: 'button', class: 'link', onclick: () => handlers.onSource({ report: r.id, start: 0, end: 0 }, []) }, r.title ?? r.id),
        ' ',
        el('span', { class: 'muted' }, [r.source, formatTime(r.publishedAt ?? r.addedAt)].filter((x) => x !== null && x !== '').join(' · ')),
        r.nearDuplicateOf === null ? null : el('span', { class: 'badge' }, `copy of ${r.nearDuplicateOf}`),
        href === null ? null : el('a', { href, class: 'out', rel: 'noopener noreferrer nofollow', target: '_blank', 'aria-label': 'Original' }, '↗'),
      );
    }),
  );
  return [
    head,
    section('Summary', 'h-summary', summary),
    section('Figures', 'h-figures', renderFigures(brief.figures, (ref) => handlers.onSource(ref, []))),
    section('Timeline', 'h-timeline', renderTimeline(brief.timeline, (ref) => handlers.onSource(ref, []))),
    section('Who and where', 'h-entities', renderEntities(brief.entities)),
    section(`Reports (${detail.reports.length})`, 'h-reports', reports),
  ];
}
