/** @module Long lists cut to their first items with a "Show all N" button; what a reader opened stays open through live re-renders. */
import { el } from './dom.js';
import { plural } from './report-label.js';

/** Keys of the lists the reader opened in full (per story and list), for this page's life. */
const opened = new Set<string>();

/**
 * `items` in `list`, all of them when there are at most `shown + 2` (a button to reveal two would be silly),
 * else the first `shown` and a button that reveals the rest. Returns the list and the button (or null).
 */
export function showMore<T extends HTMLElement>(list: T, items: readonly HTMLElement[], options: { readonly key: string; readonly shown: number; readonly noun: string; readonly nouns?: string }): HTMLElement[] {
  list.append(...items);
  if (items.length <= options.shown + 2 || opened.has(options.key)) return [list];
  const hidden = items.slice(options.shown);
  for (const item of hidden) item.hidden = true;
  const button = el('button', { type: 'button', class: 'link show-more', 'aria-expanded': 'false' }, `Show all ${plural(items.length, options.noun, options.nouns)}`);
  button.addEventListener('click', () => {
    opened.add(options.key);
    for (const item of hidden) item.hidden = false;
    button.remove();
    // Focus moves to the first item revealed (the button it was on is gone).
    const first = hidden[0]!;
    const target = first.querySelector<HTMLElement>('button, a') ?? first;
    if (target === first) first.tabIndex = -1;
    target.focus({ preventScroll: true });
  });
  return [list, button];
}
