/** @module Abbreviations that end in a period without ending the sentence (news usage). */

/**
 * Titles and forms that are always followed by more of the same sentence ("Mr. Assad", "Gen. Smith", "No. 2").
 * From AP style and the abbreviations seen in the DUC and Multi-News articles.
 */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'cmdr',
  'cpl', 'pvt', 'rev', 'fr', 'st', 'mt', 'ft', 'hon', 'pres', 'supt', 'insp', 'messrs', 'mme', 'mlle', 'no', 'nos',
  'vs', 'v', 'approx', 'dept', 'est', 'fig', 'gov', 'vol', 'pp', 'cf', 'e.g', 'i.e', 'eg', 'ie', 'etc.,',
]);

/**
 * Abbreviations that often sit mid-sentence but can also end one ("in the U.S. The ..."): a boundary after
 * them is kept only when the next word is a typical sentence opener.
 */
export const SOMETIMES_FINAL = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'plc', 'llc', 'etc', 'al', 'ave', 'blvd', 'rd',
  'u.s', 'u.n', 'u.k', 'e.u', 'a.m', 'p.m', 'd.c', 'l.a', 'n.y', 'calif', 'fla', 'mass', 'wash', 'ariz',
  'conn', 'ill', 'mich', 'minn', 'tenn', 'tex', 'va', 'pa', 'ky', 'ga', 'ala', 'ore', 'okla', 'colo',
]);

/**
 * Words that typically open a sentence; after a SOMETIMES_FINAL abbreviation they signal a real boundary
 * ("... in the U.S. The president ..."), while a name does not ("U.S. Army").
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this',
  'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before',
  'when', 'while', 'if', 'as', 'since', 'although', 'though', 'meanwhile', 'however', 'also', 'some', 'many',
  'most', 'one', 'two', 'three', 'officials', 'police', 'witnesses', 'analysts', 'critics', 'residents',
]);
