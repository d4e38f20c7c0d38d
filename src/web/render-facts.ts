/** @module The timeline (dated events in date order) and the entities (people, organisations, places). */
import { refKey, type Entity, type SourceRef, type TimelineEvent } from './api.js';
import { el, formatDay } from './dom.js';
import { showMore } from './show-more.js';

/** Events, and names of each kind, shown before "Show all N". */
export const EVENTS_SHOWN = 8;
export const NAMES_SHOWN = 12;

/** `storyId` keeps a list the reader opened in full open through live updates. */
export function renderTimeline(events: readonly TimelineEvent[], onSource: (ref: SourceRef) => void, storyId: string): HTMLElement {
  if (events.length === 0) return el('p', { class: 'muted' }, 'No dated events found.');
  const items = events.map((e) =>
      el(
        'li',
        {},
        el('time', { datetime: e.date, title: e.inferred ? 'Year inferred from the other reports' : null }, formatDay(e.date), e.inferred ? '*' : ''),
        el('button', { type: 'button', class: 'link sentence', 'data-ref': refKey({ report: e.report, start: e.start, end: e.end }), onclick: () => onSource({ report: e.report, start: e.start, end: e.end }) }, e.text),
      ),
  );
  return el('div', {}, ...showMore(el('ol', { class: 'timeline' }), items, { key: `${storyId}:timeline`, shown: EVENTS_SHOWN, noun: 'event' }));
}

const TYPE_LABEL: Readonly<Record<Entity['type'], string>> = { person: 'People', organization: 'Organisations', place: 'Places' };
const TYPE_NOUNS: Readonly<Record<Entity['type'], readonly [string, string]>> = { person: ['person', 'people'], organization: ['organisation', 'organisations'], place: ['place', 'places'] };

/** Names of each kind, those in the most reports first (then the most mentioned), the first NAMES_SHOWN before "Show all". */
export function renderEntities(entities: readonly Entity[], storyId: string): HTMLElement {
  if (entities.length === 0) return el('p', { class: 'muted' }, 'No names found.');
  return el(
    'div',
    { class: 'entities' },
    ...(['person', 'organization', 'place'] as const).map((type) => {
      const of = entities.filter((e) => e.type === type).sort((a, b) => b.reports - a.reports || b.mentions - a.mentions);
      if (of.length === 0) return null;
      const chips = of.map((e) => el('li', { title: e.aliases.length === 0 ? `${e.mentions} mention${e.mentions === 1 ? '' : 's'}` : `also: ${e.aliases.join(', ')}` }, e.name, el('span', { class: 'count', title: `in ${e.reports} report${e.reports === 1 ? '' : 's'}` }, String(e.reports))));
      return el('section', {}, el('h3', {}, TYPE_LABEL[type]), ...showMore(el('ul', { class: 'chips' }), chips, { key: `${storyId}:${type}`, shown: NAMES_SHOWN, noun: TYPE_NOUNS[type][0], nouns: TYPE_NOUNS[type][1] }));
    }),
  );
}
