/** @module Builds page elements; text is only ever set with text nodes, so third-party text cannot become markup. */

export type Child = Node | string | number | null | undefined | false;
export type Props = Readonly<Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>>;

/**
 * Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are left out of displayed text: a title
 * with U+202E (right-to-left override) showed reversed. The same rule as src/brief/display-text.ts (the page's
 * modules are served alone, so it is restated here).
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child).replace(BIDI_CONTROLS, '')) : child);
  }
}

function applyProps(node: Element, props: Props): void {
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(key.replace(/^on/, ''), value);
    // Only our own attribute names reach here; `href` values from data are checked by safeHref.
    else node.setAttribute(key, value === true ? '' : String(value).replace(BIDI_CONTROLS, ''));
  }
}

/** An HTML element with attributes, listeners (`onclick`) and text or element children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  applyProps(node, props);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, props: Props = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  applyProps(node, props);
  append(node, children);
  return node;
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Only http(s) links from data become hrefs (no javascript: or data: URLs). */
export function safeHref(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "15 Dec 2016, 10:00" in the reader's locale; the raw string when it is not a date. */
export function formatTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const hasTime = iso.length > 10;
  return new Date(ms).toLocaleString(undefined, hasTime ? { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A timeline date as readers write it: "13 Dec 2016", "Nov 2016" or "2011" (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`); anything else as given. */
export function formatDay(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  if (month === undefined) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day === undefined ? 1 : Number(day)));
  return date.toLocaleDateString(undefined, day === undefined ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
