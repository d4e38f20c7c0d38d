/** @module The figures: groups of claims (two or more) as cards with who said what when, single claims in a compact list, a chart only where the claims have dates to place. */
import { refKey, type Claim, type FigureGroup, type SourceRef } from './api.js';
import { el, formatTime } from './dom.js';
import { figureChart } from './figure-chart.js';
import { claimAmount, groupAmount, STATUS_LABEL, STATUS_RANK } from './figure-values.js';
import { reportName, type ReportLabel } from './report-label.js';
import { showMore } from './show-more.js';

/** Figures reported once shown before "Show all N". */
export const SINGLES_SHOWN = 8;

export interface FigureContext {
  /** Keeps the single claims' list open through live updates once the reader opened it. */
  readonly storyId: string;
  readonly labels: ReadonlyMap<string, ReportLabel>;
  readonly onSource: (ref: SourceRef) => void;
}

/** Who said it: the person or body the report quotes, else the outlet whose own report it is. */
function speaker(claim: Claim, ctx: FigureContext): HTMLElement {
  const outlet = reportName(ctx.labels.get(claim.report), claim.report);
  return el(
    'span',
    { class: 'speaker' },
    claim.attributed ? claim.source : outlet,
    claim.attributed ? el('span', { class: 'muted' }, ` (in ${outlet})`) : el('span', { class: 'muted' }, ' (own report)'),
    claim.disputedBy === null ? null : el('span', { class: 'badge conflict' }, `disputed by ${claim.disputedBy}`),
  );
}

/** When: the claim's own date, else its report's publication date; the arrival time is marked as such. */
function when(claim: Claim, ctx: FigureContext): HTMLElement {
  if (claim.date !== null) return el('time', { datetime: claim.date, title: claim.dateInferred ? 'Year inferred from the other reports' : null }, formatTime(claim.date), claim.dateInferred ? '*' : '');
  const label = ctx.labels.get(claim.report);
  if (label === undefined) return el('span', { class: 'muted' }, '—');
  if (label.dateOrigin === 'arrival') return el('span', { class: 'muted undated', title: `The report gives no date; it arrived ${formatTime(label.date)}` }, 'undated');
  return el('time', { datetime: label.date }, formatTime(label.date), label.isDateInferred ? '*' : '');
}

function sourceOf(claim: Claim): SourceRef {
  return { report: claim.report, start: claim.sentence.start, end: claim.sentence.end };
}

function claimRow(claim: Claim, ctx: FigureContext): HTMLTableRowElement {
  return el(
    'tr',
    {},
    el('td', { class: 'num' }, el('button', { type: 'button', class: 'link', 'data-ref': refKey(sourceOf(claim)), title: 'Show in its report', onclick: () => ctx.onSource(sourceOf(claim)) }, claim.text)),
    el('td', {}, speaker(claim, ctx)),
    el('td', { class: 'date' }, when(claim, ctx)),
  );
}

function groupCard(group: FigureGroup, ctx: FigureContext): HTMLElement {
  return el(
    'article',
    { class: `figure ${group.status}`, 'data-status': group.status },
    el('header', {}, el('h3', {}, group.what), el('span', { class: 'amount' }, groupAmount(group)), el('span', { class: `badge ${group.status}` }, STATUS_LABEL[group.status])),
    el('p', { class: 'reason muted' }, group.reason),
    el(
      'div',
      { class: 'figure-body' },
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Figure'), el('th', {}, 'Who said it'), el('th', {}, 'When'))), el('tbody', {}, ...group.claims.map((c) => claimRow(c, ctx)))),
      figureChart(group, ctx.labels),
    ),
  );
}

function singleItem(group: FigureGroup, ctx: FigureContext): HTMLElement {
  const claim = group.claims[0]!;
  return el(
    'li',
    { class: 'single' },
    el('button', { type: 'button', class: 'link amount', 'data-ref': refKey(sourceOf(claim)), title: 'Show in its report', onclick: () => ctx.onSource(sourceOf(claim)) }, claimAmount(claim)),
    ' ',
    el('span', { class: 'what' }, group.what),
    el('span', { class: 'by muted' }, ' — ', speaker(claim, ctx), ', ', when(claim, ctx)),
  );
}

export function renderFigures(figures: readonly FigureGroup[], ctx: FigureContext): HTMLElement {
  if (figures.length === 0) return el('p', { class: 'muted' }, 'No figures found.');
  const sorted = [...figures].sort((a, b) => STATUS_RANK[a.status]! - STATUS_RANK[b.status]! || b.claims.length - a.claims.length);
  const groups = sorted.filter((g) => g.claims.length > 1);
  const singles = sorted.filter((g) => g.claims.length === 1);
  return el(
    'div',
    { class: 'figures' },
    ...groups.map((g) => groupCard(g, ctx)),
    singles.length === 0
      ? null
      : el('section', { class: 'singles', 'aria-labelledby': 'h-singles' }, el('h3', { id: 'h-singles' }, `Reported once (${singles.length})`), ...showMore(el('ul'), singles.map((g) => singleItem(g, ctx)), { key: `${ctx.storyId}:singles`, shown: SINGLES_SHOWN, noun: 'figure' })),
  );
}
