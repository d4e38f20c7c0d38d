/** @module The "since you last looked" box: new reports by outlet and figures old -> new, with a button to mark them seen. */
import { el } from './dom.js';
import type { ReportLabel } from './report-label.js';
import { figuresSentences, newReportsSentence, type StoryChanges } from './what-changed.js';

export function renderChanges(changes: StoryChanges, labels: ReadonlyMap<string, ReportLabel>, onDismiss: () => void): HTMLElement | null {
  const reports = newReportsSentence(changes.newReports, labels);
  const figures = figuresSentences(changes);
  if (reports === null && figures.length === 0) return null;
  return el(
    'section',
    { class: 'changes', 'aria-labelledby': 'h-changes' },
    el('h2', { id: 'h-changes' }, `Since version ${changes.sinceVersion}, which you saw last`),
    reports === null ? null : el('p', { class: 'new-reports' }, reports),
    figures.length === 0 ? null : el('ul', { class: 'changed-figures' }, ...figures.map((line) => el('li', {}, line))),
    el('button', { type: 'button', class: 'link dismiss', onclick: onDismiss }, 'Mark as read'),
  );
}
