/** @module The story list: newest activity first, with report counts and whether a new brief is on its way. */
import type { StoryItem } from './api.js';
import { el, formatTime, replaceChildren } from './dom.js';

export function renderStoryList(list: HTMLElement, stories: readonly StoryItem[], currentId: string | null, flashIds: ReadonlySet<string>): void {
  replaceChildren(
    list,
    ...stories.map((s) =>
      el(
        'li',
        { class: `story-item${s.id === currentId ? ' current' : ''}${flashIds.has(s.id) ? ' flash' : ''}`, 'data-story': s.id },
        el(
          'a',
          { href: `#/story/${encodeURIComponent(s.id)}`, 'aria-current': s.id === currentId ? 'page' : null },
          el('span', { class: 'story-title' }, s.title ?? '(untitled)'),
          el(
            'span',
            { class: 'story-meta' },
            `${s.reports} report${s.reports === 1 ? '' : 's'} · ${s.sources} source${s.sources === 1 ? '' : 's'} · `,
            el('time', { datetime: s.updated }, formatTime(s.updated)),
            s.isStale ? el('span', { class: 'badge pending', title: 'New reports; the brief is being updated' }, 'updating') : null,
          ),
        ),
      ),
    ),
  );
}
