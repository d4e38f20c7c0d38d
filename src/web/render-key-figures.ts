/** @module The key figures strip: the story's headline numbers beside its summary, from the brief's keyFigures or, in briefs without them, its groups of claims; each opens the report it was read in. */
import { refKey, type Brief, type SourceRef } from './api.js';
import { el } from './dom.js';
import { claimAmount, groupAmount, keyFigureAmount, STATUS_LABEL, STATUS_RANK } from './figure-values.js';

/** Tiles in the strip: one row at desktop width, two on a phone. */
export const MAX_KEY_FIGURES = 4;
/** Other values named on a tile ("also 225, 413") before "and N more". */
const MAX_OTHER_VALUES = 3;

interface Tile {
  readonly amount: string;
  readonly what: string;
  readonly status: string;
  /** The other values reported for it, in words; empty when every report gives the one shown. */
  readonly others: readonly string[];
  /** How the value was chosen, or why the reports disagree. */
  readonly reason: string;
  readonly refs: readonly SourceRef[];
}

function othersLine(others: readonly string[]): string {
  const named = others.slice(0, MAX_OTHER_VALUES).join(', ');
  return `also ${named}${others.length > MAX_OTHER_VALUES ? ` and ${others.length - MAX_OTHER_VALUES} more` : ''}`;
}

export function keyFigureTiles(brief: Brief): Tile[] {
  const given = brief.keyFigures ?? [];
  if (given.length > 0) {
    return given.slice(0, MAX_KEY_FIGURES).map((k) => {
      const amount = keyFigureAmount(k);
      const others = [...new Set((k.values ?? []).map(keyFigureAmount))].filter((a) => a !== amount);
      return { amount, what: k.what, status: k.status, others, reason: k.reason, refs: k.refs ?? [] };
    });
  }
  // Briefs without keyFigures: the groups two or more reports speak to, checks first.
  return [...brief.figures]
    .filter((g) => g.claims.length > 1)
    .sort((a, b) => STATUS_RANK[a.status]! - STATUS_RANK[b.status]! || b.claims.length - a.claims.length)
    .slice(0, MAX_KEY_FIGURES)
    .map((g) => ({ amount: groupAmount(g), what: g.what, status: g.status, others: g.status === 'agree' ? [] : [...new Set(g.claims.map(claimAmount))], reason: g.reason, refs: g.claims.map((c) => ({ report: c.report, start: c.start, end: c.end })) }));
}

/** The strip, or null when the brief has no figure that more than one report gives. */
export function renderKeyFigures(brief: Brief, onSource: (primary: SourceRef, others: readonly SourceRef[]) => void): HTMLElement | null {
  const tiles = keyFigureTiles(brief);
  if (tiles.length === 0) return null;
  return el(
    'section',
    { class: 'key-figures', 'aria-labelledby': 'h-key-figures' },
    el('h2', { id: 'h-key-figures', class: 'visually-hidden' }, 'Key figures'),
    el(
      'ul',
      {},
      ...tiles.map((t) => {
        const body = [
          el('span', { class: 'amount' }, t.amount),
          el('span', { class: 'measure' }, t.what),
          el('span', { class: 'status' }, el('span', { class: `badge ${t.status}` }, STATUS_LABEL[t.status] ?? t.status), t.others.length === 0 ? null : el('span', { class: 'others' }, othersLine(t.others))),
        ];
        const first = t.refs[0];
        // A tile opens the report its figure was read in, as a summary sentence does.
        const inner = first === undefined
          ? el('div', { class: 'tile', title: t.reason }, ...body)
          : el('button', { type: 'button', class: 'tile', title: `${t.reason}. Show it in its report`, 'data-ref': refKey(first), 'aria-controls': 'source', 'aria-expanded': 'false', onclick: () => onSource(first, t.refs.slice(1)) }, ...body);
        return el('li', { class: `key-figure ${t.status}`, 'data-status': t.status }, inner);
      }),
    ),
  );
}
