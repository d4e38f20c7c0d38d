/** @module The source panel: a summary sentence highlighted in its report, and the other reports that say the same. */
import { fetchReport, type ReportView, type SourceRef } from './api.js';
import { el, formatTime, replaceChildren, safeHref } from './dom.js';

/** Characters of context shown around a highlighted span in the "also said by" list. */
const SNIPPET_CONTEXT_CHARS = 0;

function reportHeading(report: ReportView): HTMLElement {
  const href = safeHref(report.url);
  const title = report.title ?? report.id;
  return el(
    'header',
    { class: 'source-head' },
    el('h2', {}, href === null ? title : el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, title)),
    el('p', { class: 'muted' }, [report.source, formatTime(report.publishedAt), report.id].filter((x) => x !== null && x !== '').join(' · ')),
  );
}

/** The whole report, with the span in a <mark>; offsets are into the stored text, so no search is needed. */
function highlighted(text: string, ref: SourceRef): HTMLElement {
  return el('div', { class: 'report-text' }, text.slice(0, ref.start), el('mark', { id: 'highlight' }, text.slice(ref.start, ref.end)), text.slice(ref.end));
}

export async function showSource(panel: HTMLElement, primary: SourceRef, others: readonly SourceRef[], onPick: (ref: SourceRef, rest: readonly SourceRef[]) => void): Promise<void> {
  panel.hidden = false;
  replaceChildren(panel, el('p', { class: 'muted' }, 'Loading the report…'));
  const report = await fetchReport(primary.report);
  const text = report.text ?? '';
  const also = await Promise.all(others.map(async (ref) => ({ ref, report: await fetchReport(ref.report) })));
  replaceChildren(
    panel,
    el('button', { class: 'close', type: 'button', 'aria-label': 'Close the source', onclick: () => void (panel.hidden = true) }, '×'),
    reportHeading(report),
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
                el(
                  'button',
                  { type: 'button', class: 'link', onclick: () => onPick(ref, [primary, ...others.filter((o) => o !== ref)]) },
                  other.source ?? other.title ?? other.id,
                ),
                el('q', {}, (other.text ?? '').slice(Math.max(0, ref.start - SNIPPET_CONTEXT_CHARS), ref.end + SNIPPET_CONTEXT_CHARS)),
              ),
            ),
          ),
        ),
    highlighted(text, primary),
  );
  panel.querySelector('#highlight')?.scrollIntoView({ block: 'center' });
}
