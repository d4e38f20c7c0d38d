/** @module The key figures strip: the story's headline numbers beside its summary, from the brief's keyFigures or, in briefs without them, its groups of claims. */
import type { Brief, KeyFigure } from './api.js';
import { el } from './dom.js';
import { groupAmount, keyFigureAmount, STATUS_LABEL, STATUS_RANK } from './figure-values.js';

/** Tiles in the strip: one row at desktop width, two on a phone. */
export const MAX_KEY_FIGURES = 4;

interface Tile {
  readonly amount: string;
  readonly measure: string;
  readonly status: string;
}

function tilesOf(brief: Brief): Tile[] {
  const given = Array.isArray(brief.keyFigures) ? brief.keyFigures.filter((k): k is KeyFigure => typeof k === 'object' && k !== null && typeof k.measure === 'string') : [];
  if (given.length > 0) return given.slice(0, MAX_KEY_FIGURES).map((k) => ({ amount: keyFigureAmount(k), measure: typeof k.what === 'string' ? k.what : k.measure, status: typeof k.status === 'string' ? k.status : 'single' }));
  // Older briefs: the groups two or more reports speak to, checks first.
  return [...brief.figures]
    .filter((g) => g.claims.length > 1)
    .sort((a, b) => STATUS_RANK[a.status]! - STATUS_RANK[b.status]! || b.claims.length - a.claims.length)
    .slice(0, MAX_KEY_FIGURES)
    .map((g) => ({ amount: groupAmount(g), measure: g.what, status: g.status }));
}

/** The strip, or null when the brief has no figure that more than one report gives. */
export function renderKeyFigures(brief: Brief): HTMLElement | null {
  const tiles = tilesOf(brief);
  if (tiles.length === 0) return null;
  return el(
    'section',
    { class: 'key-figures', 'aria-labelledby': 'h-key-figures' },
    el('h2', { id: 'h-key-figures', class: 'visually-hidden' }, 'Key figures'),
    el(
      'ul',
      {},
      ...tiles.map((t) =>
        el('li', { class: `key-figure ${t.status}`, 'data-status': t.status }, el('span', { class: 'amount' }, t.amount), el('span', { class: 'measure' }, t.measure), el('span', { class: `badge ${t.status}` }, STATUS_LABEL[t.status] ?? t.status)),
      ),
    ),
  );
}
