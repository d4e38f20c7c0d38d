/** @module The timeline (dated events in date order) and the entities (people, organisations, places). */
import { refKey, type Entity, type SourceRef, type TimelineEvent } from './api.js';
import { el, formatDay } from './dom.js';

export function renderTimeline(events: readonly TimelineEvent[], onSource: (ref: SourceRef) => void): HTMLElement {
  if (events.length === 0) return el('p', { class: 'muted' }, 'No dated events found.');
  return el(
    'ol',
    { class: 'timeline' },
    ...events.map((e) =>
      el(
        'li',
        {},
        el('time', { datetime: e.date, title: e.inferred ? 'Year inferred from the other reports' : null }, formatDay(e.date), e.inferred ? '*' : ''),
        el('button', { type: 'button', class: 'link sentence', 'data-ref': refKey({ report: e.report, start: e.start, end: e.end }), onclick: () => onSource({ report: e.report, start: e.start, end: e.end }) }, e.text),
      ),
    ),
  );
}

const TYPE_LABEL: Readonly<Record<Entity['type'], string>> = { person: 'People', organization: 'Organisations', place: 'Places' };

export function renderEntities(entities: readonly Entity[]): HTMLElement {
  if (entities.length === 0) return el('p', { class: 'muted' }, 'No names found.');
  return el(
    'div',
    { class: 'entities' },
    ...(['person', 'organization', 'place'] as const).map((type) => {
      const of = entities.filter((e) => e.type === type);
      if (of.length === 0) return null;
      return el(
        'section',
        {},
        el('h3', {}, TYPE_LABEL[type]),
        el('ul', { class: 'chips' }, ...of.map((e) => el('li', { title: e.aliases.length === 0 ? `${e.mentions} mention${e.mentions === 1 ? '' : 's'}` : `also: ${e.aliases.join(', ')}` }, e.name, el('span', { class: 'count' }, String(e.reports))))),
      );
    }),
  );
}
