/** @module Reads every metadata source a parsed page offers, in trust order. */
import { readJsonLd } from './json-ld.js';
import type { MetaSource } from './merge-metadata.js';
import { readMetaTags } from './meta-tags.js';
import { readTimeElements } from './time-elements.js';

/** Returns the page's own metadata sources, most trusted first; call before the DOM is cleaned. */
export function readPageMetadata(document: Document): MetaSource[] {
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '');
  const tags = readMetaTags(document);
  return [
    { origin: 'json-ld', values: readJsonLd(scripts) },
    { origin: 'open-graph', values: tags.openGraph },
    { origin: 'meta', values: tags.other },
    { origin: 'time-element', values: readTimeElements(document) },
  ];
}
