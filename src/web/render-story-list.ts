/** @module The story list: newest activity first, with report counts and whether a new brief is on its way. */
import type { FeedView, StoryItem } from './api.js';
import { el, formatTime, replaceChildren, safeHref } from './dom.js';
import { plural } from './report-label.js';

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
          el('span', { class: 'story-title' }, s.title),
          el(
            'span',
            { class: 'story-meta' },
            `${plural(s.reports, 'report')}${s.sources < s.reports ? ` (${s.sources} independent)` : ''} · updated `,
            el('time', { datetime: s.updated, title: 'When this story last gained a report or a new brief' }, formatTime(s.updated)),
            s.isStale ? el('span', { class: 'badge pending', title: 'New reports; the brief is being updated' }, 'updating') : null,
          ),
        ),
      ),
    ),
  );
}

/** Subscribed feeds by title (the feed's own, third-party text), with when each was last read or why it failed, and a button to unsubscribe. */
export function renderFeedList(list: HTMLElement, feeds: readonly FeedView[], onRemove: (feed: FeedView) => void): void {
  if (feeds.length === 0) {
    replaceChildren(list, el('li', { class: 'muted' }, 'None yet: subscribe to one below.'));
    return;
  }
  replaceChildren(
    list,
    ...feeds.map((f) =>
      el(
        'li',
        { class: 'feed' },
        el('a', { href: safeHref(f.url), rel: 'noopener noreferrer nofollow', target: '_blank' }, f.title ?? f.url),
        el('span', { class: 'muted' }, f.lastPolledAt === null ? ' · not read yet' : ` · ${f.lastError === null ? 'read' : 'tried'} ${formatTime(f.lastPolledAt)}`),
        f.lastError === null ? null : el('span', { class: 'error' }, f.lastError),
        el('button', { type: 'button', class: 'link remove', 'aria-label': `Unsubscribe from ${f.title ?? f.url}`, onclick: () => onRemove(f) }, 'Unsubscribe'),
      ),
    ),
  );
}
