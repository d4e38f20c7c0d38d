/** @module The figures table: each group with its status (agree, update, conflict), why, who said what when, and its chart. */
import type { Claim, FigureGroup, SourceRef } from './api.js';
import { el } from './dom.js';
import { figureChart } from './figure-chart.js';

const STATUS_LABEL: Readonly<Record<FigureGroup['status'], string>> = { single: 'one report', agree: 'agree', update: 'updated', conflict: 'conflict' };

function claimRow(claim: Claim, onSource: (ref: SourceRef) => void): HTMLTableRowElement {
  return el(
    'tr',
    {},
    el('td', { class: 'num' }, el('button', { type: 'button', class: 'link', title: 'Show in its report', onclick: () => onSource({ report: claim.report, start: claim.sentence.start, end: claim.sentence.end }) }, claim.text)),
    el('td', {}, claim.source, claim.attributed ? null : el('span', { class: 'muted' }, ' (report)'), claim.disputedBy === null ? null : el('span', { class: 'badge conflict' }, `disputed by ${claim.disputedBy}`)),
    el('td', { class: 'date' }, claim.date ?? '—', claim.dateInferred ? el('span', { class: 'muted', title: 'Year inferred from the other reports' }, '*') : null),
  );
}

export function renderFigures(figures: readonly FigureGroup[], onSource: (ref: SourceRef) => void): HTMLElement {
  if (figures.length === 0) return el('p', { class: 'muted' }, 'No figures found.');
  // Conflicts first, then updates: what an editor has to check.
  const rank = { conflict: 0, update: 1, agree: 2, single: 3 } as const;
  const sorted = [...figures].sort((a, b) => rank[a.status] - rank[b.status]);
  return el(
    'div',
    { class: 'figures' },
    ...sorted.map((group) =>
      el(
        'article',
        { class: `figure ${group.status}`, 'data-status': group.status },
        el('header', {}, el('h3', {}, group.what), el('span', { class: `badge ${group.status}` }, STATUS_LABEL[group.status])),
        el('p', { class: 'reason muted' }, group.reason),
        el(
          'div',
          { class: 'figure-body' },
          el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Figure'), el('th', {}, 'Who said it'), el('th', {}, 'When'))), el('tbody', {}, ...group.claims.map((c) => claimRow(c, onSource)))),
          figureChart(group),
        ),
      ),
    ),
  );
}
