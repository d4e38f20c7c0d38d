/** @module Inverse document frequency of a term, from the shipped Multi-News train counts. */
import { DF_DOCUMENTS, DF_MIN_COUNT, DF_TABLE } from './document-frequencies.js';

/** Looks up how informative a term is: higher for rarer terms. */
export type IdfLookup = (term: string) => number;

let table: ReadonlyMap<string, number> | null = null;

function documentFrequencies(): ReadonlyMap<string, number> {
  if (table !== null) return table;
  const map = new Map<string, number>();
  const parts = DF_TABLE === '' ? [] : DF_TABLE.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i] ?? '', Number(parts[i + 1]));
  table = map;
  return map;
}

/**
 * Smoothed idf, ln((N + 1) / (df + 1)) + 1 (scikit-learn's form). A term missing from the table
 * was seen in fewer than DF_MIN_COUNT train documents; it is given half that count, so names new
 * to the train sample (a 1998 wire story's "Pinochet") rank among the most telling terms.
 */
export function createIdf(): IdfLookup {
  const df = documentFrequencies();
  const unseen = Math.log((DF_DOCUMENTS + 1) / (DF_MIN_COUNT / 2 + 1)) + 1;
  const cache = new Map<string, number>();
  return (term) => {
    let value = cache.get(term);
    if (value === undefined) {
      const count = df.get(term);
      value = count === undefined ? unseen : Math.log((DF_DOCUMENTS + 1) / (count + 1)) + 1;
      cache.set(term, value);
    }
    return value;
  };
}
