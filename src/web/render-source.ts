/** @module The source panel: a sentence highlighted in its report (outlet, date, title, link to the original), and the other reports that say the same. */
import { fetchReport, type ReportView, type SourceRef } from './api.js';
import { el, formatTime, replaceChildren } from './dom.js';
import { dateNote, labelReports, reportName, type ReportLabel } from './report-label.js';

/** Characters of context shown around a highlighted span in the "also said by" list. */
const SNIPPET_CONTEXT_CHARS = 0;

export interface SourceContext {
  /** The open story's labels (their dates use the brief's reading of datelines); a report outside it is labelled alone. */
  readonly labels: ReadonlyMap<string, ReportLabel>;
  readonly onPick: (ref: SourceRef, rest: readonly SourceRef[]) => void;
  readonly onClose: () => void;
}

function labelOf(report: ReportView, ctx: SourceContext): ReportLabel {
  return ctx.labels.get(report.id) ?? labelReports([report], null).get(report.id)!;
}

function reportHeading(report: ReportView, label: ReportLabel): HTMLElement {
  const when = label.dateOrigin === 'arrival' ? `received ${formatTime(label.date)} (no date in the report)` : `${formatTime(label.date)}${dateNote(label)}`;
  return el(
    'header',
    { class: 'source-head' },
    el('p', { class: 'outlet' }, label.outlet ?? `Report ${label.number}`),
    el('h2', { id: 'source-title', tabindex: '-1' }, report.title ?? 'Untitled report'),
    el(
      'p',
      { class: 'muted' },
      when,
      label.href === null ? null : ' · ',
      label.href === null ? null : el('a', { href: label.href, rel: 'noopener noreferrer', target: '_blank' }, `original at ${new URL(label.href).hostname}`, el('span', { class: 'visually-hidden' }, ' (opens a new tab)'), ' ↗'),
    ),
  );
}

/** The whole report, with the span in a <mark>; offsets are into the stored text, so no search is needed. */
function highlighted(text: string, ref: SourceRef): HTMLElement {
  return el('div', { class: 'report-text' }, text.slice(0, ref.start), el('mark', { id: 'highlight' }, text.slice(ref.start, ref.end)), text.slice(ref.end));
}

let shown = 0;

/** Fills the panel; a later call wins over an earlier one still loading. */
export async function showSource(panel: HTMLElement, primary: SourceRef, others: readonly SourceRef[], ctx: SourceContext): Promise<void> {
  const call = ++shown;
  panel.hidden = false;
  replaceChildren(panel, el('p', { class: 'muted' }, 'Loading the report…'));
  const report = await fetchReport(primary.report);
  const also = await Promise.all(others.map(async (ref) => ({ ref, report: await fetchReport(ref.report) })));
  if (call !== shown || panel.hidden) return;
  replaceChildren(
    panel,
    el('button', { class: 'close', type: 'button', 'aria-label': 'Close the source (Escape)', onclick: ctx.onClose }, '×'),
    reportHeading(report, labelOf(report, ctx)),
    also.length === 0
      ? null
      : el(
          'section',
          { class: 'also' },
          el('h3', {}, `Also said by ${also.length} other report${also.length === 1 ? '' : 's'}`),
          el(
            'ul',
            {},
            ...also.map(({ ref, report: other }) =>
              el(
                'li',
                {},
                el('button', { type: 'button', class: 'link', onclick: () => ctx.onPick(ref, [primary, ...others.filter((o) => o !== ref)]) }, reportName(labelOf(other, ctx), other.id)),
                el('q', {}, (other.text ?? '').slice(Math.max(0, ref.start - SNIPPET_CONTEXT_CHARS), ref.end + SNIPPET_CONTEXT_CHARS)),
              ),
            ),
          ),
        ),
    highlighted(report.text ?? '', primary),
  );
  // Scroll the panel, never the page: the page keeps what was clicked where it was.
  const mark = panel.querySelector<HTMLElement>('#highlight');
  if (mark !== null && primary.end > primary.start) panel.scrollTop = Math.max(0, mark.offsetTop - panel.clientHeight / 3);
  else panel.scrollTop = 0;
}
