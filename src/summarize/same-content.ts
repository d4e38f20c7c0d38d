/** @module Finds sentences that say the same thing, so a summary sentence can list every report behind it. */
import type { Candidate } from './candidates.js';
import { isStopWord, stemWord } from '../text/index.js';
import { stemOf, vocabularySize } from './vocabulary.js';

/**
 * Share of the shorter sentence's content words that the other must contain for two sentences to count as
 * one statement. 0.6 joins wire copies, light edits and restatements ("Ban Ki-moon" / "Ban Ki-Moon", a
 * dropped clause) while keeping apart sentences that merely share a topic. Chosen on the training files:
 * ROUGE-1/2 on DUC 2003 (recall, 100 words) and 500 Multi-News train clusters (F1, 230 words) were
 * 0.5: 38.24/9.90, 44.61/15.76; 0.55: 39.10/10.15, 44.81/15.89; 0.6: 38.89/10.27, 44.86/15.96;
 * 0.65: 38.14/9.78, 44.76/15.85; 0.7: 38.02/9.73, 44.74/15.79.
 */
export const DEFAULT_SAME_CONTENT_OVERLAP = 0.6;

export function overlapShare<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}

/**
 * Groups candidates into statements: each candidate's group id is the index of the first candidate that says
 * the same. Only groups that hold sentences from different reports matter for provenance, but repeats inside
 * one report (a standfirst repeated in the body) are grouped too.
 */
/** The members of each group of `groupSameContent`'s result, by group head, in candidate order. */
export function groupMembers(group: readonly number[]): Map<number, number[]> {
  const members = new Map<number, number[]>();
  group.forEach((head, i) => {
    const list = members.get(head);
    if (list) list.push(i);
    else members.set(head, [i]);
  });
  return members;
}

export function groupSameContent(candidates: readonly Candidate[], minOverlap = DEFAULT_SAME_CONTENT_OVERLAP): number[] {
  // Each sentence's distinct content stems (first occurrence order), found with a stamp per stem id instead
  // of a Set; an inverted index from stem id to earlier group heads, and a reusable counter array, find every
  // earlier sentence sharing words with this one without building maps per pair.
  // Indexed loops throughout: until this code is optimised (a batch's first clusters), for-of allocates an
  // iterator result per element and map/forEach call a closure per element.
  ensureScratch();
  // Lists are built in one reused array and copied out at their final length, and an index list starts
  // with its first element: pushed into from empty, each would first be given room for 17. (The reused arrays
  // are written by index up to a count: setting `length = 0` would drop their storage.)
  const sets: number[][] = [];
  const ids: number[] = [];
  for (let c = 0; c < candidates.length; c++) {
    let count = 0;
    const { stemIds: stems, isStop } = candidates[c]!;
    const stamp = ++stampCounter;
    for (let i = 0; i < stems.length; i++) {
      if (isStop[i]) continue;
      const stem = stems[i]!;
      if (seenStamp[stem] === stamp) continue;
      seenStamp[stem] = stamp;
      ids[count++] = stem;
    }
    sets.push(ids.slice(0, count));
  }
  const byStem = headsScratch;
  const indexed: number[] = [];
  const shared = new Int32Array(candidates.length);
  const group: number[] = [];
  const touched: number[] = [];
  for (let i = 0; i < sets.length; i++) {
    const set = sets[i]!;
    let touchedCount = 0;
    for (let s = 0; s < set.length; s++) {
      const heads = byStem[set[s]!];
      if (heads === undefined) continue;
      for (let h = 0; h < heads.length; h++) {
        const j = heads[h]!;
        if (shared[j] === 0) touched[touchedCount++] = j;
        shared[j]! += 1;
      }
    }
    // The earliest statement this sentence repeats becomes its group; only group heads are indexed.
    let head = i;
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      const smaller = Math.min(set.length, sets[j]!.length);
      if (j < head && smaller > 0 && shared[j]! / smaller >= minOverlap) head = j;
      shared[j] = 0;
    }
    group.push(head);
    if (head === i) {
      for (let s = 0; s < set.length; s++) {
        const stem = set[s]!;
        const heads = byStem[stem];
        if (heads === undefined) {
          byStem[stem] = [i];
          indexed.push(stem);
        } else {
          heads.push(i);
        }
      }
    }
  }
  for (let s = 0; s < indexed.length; s++) byStem[indexed[s]!] = undefined;
  return group;
}

// Scratch tables indexed by stem id (vocabulary.ts), reused across calls: a stamp per stem marks the
// sentence that last saw it (no clearing needed), and the heads lists are cleared after each call.
let seenStamp = new Int32Array(0);
let headsScratch: (number[] | undefined)[] = [];
let stampCounter = 0;

function ensureScratch(): void {
  const size = vocabularySize();
  if (seenStamp.length < size) {
    const grown = new Int32Array(Math.max(1024, size, 2 * seenStamp.length));
    grown.set(seenStamp);
    seenStamp = grown;
  }
  // Filled, not given a length: a long array of holes would fall back to slow dictionary elements. It holds
  // no lists between calls, so a larger one starts empty.
  if (headsScratch.length < size) headsScratch = new Array<number[] | undefined>(Math.max(1024, size, 2 * headsScratch.length)).fill(undefined);
  // Stamps count up across calls; start again (with a cleared table) long before they would overflow.
  if (stampCounter > 2 ** 30) {
    seenStamp.fill(0);
    stampCounter = 0;
  }
}

// Near-copy groups (above) are loose on purpose: they keep a summary from saying one thing twice. Provenance
// must be stricter: a report is listed as saying a sentence only when its span states the same fact
// (issue 20). A loose group joins a short sentence with any longer one that contains most of its words
// ("He was also acquitted of three cases of torture" with the whole verdict), or "Both Kopp and Weslin have
// been arrested" with a sentence about Kopp alone. A span supports the sentence said when
//   - it states every number the sentence states (figures are what a reader checks first);
//   - it names everyone the sentence names (a name: a capitalised word that is neither the first word nor a
//     stop word; "Both Kopp and Weslin were arrested" is not supported by a span about Kopp alone);
//   - it contains at least SUPPORTED_SHARE of the sentence's own content stems other than its names. This is measured on the
//     sentence said, not on the shorter of the two (as grouping does): a span that says only part of the
//     sentence does not support the rest of it.

/**
 * Share of the said sentence's content stems its further source must contain. Chosen on the training files:
 * of 0.6, 0.7 and 0.8, 0.7 is the smallest at which summary-check.py finds at most 3% of further sources
 * weak on both DUC 2003 (100 words; 5.3%, 0.0%, 0.0%) and Multi-News train clusters 200-499 (230 words;
 * 3.8%, 0.9%, 0.0%), keeping 44 and 110 further sources of 57 and 157 at 0.6. Wire copies and light edits
 * keep far more than 70% of their words.
 */
export const SUPPORTED_SHARE = 0.7;
const NUMBER = /\d[\d,.]*/g;
const NAME = /[A-Z][\p{L}'\u2019-]*/gu;

function numbersOf(text: string): Set<string> {
  return new Set((text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '').replace(/\.+$/, '')));
}

/** Names in `text` (lower-cased), and every word of it (lower-cased) to look names up in. */
function namesAndWords(text: string): { names: Set<string>; words: Set<string> } {
  const words = new Set(text.toLowerCase().match(/[\p{L}\d'\u2019-]+/gu) ?? []);
  const names = new Set<string>();
  const first = text.search(/\p{L}/u);
  for (const match of text.matchAll(NAME)) {
    if (match.index === first) continue;
    const norm = match[0].toLowerCase();
    if (!isStopWord(norm)) names.add(norm);
  }
  return { names, words };
}

function contentStems(candidate: Candidate): Set<number> {
  const stems = new Set<number>();
  candidate.stemIds.forEach((stem, t) => {
    if (!candidate.isStop[t]) stems.add(stem);
  });
  return stems;
}

/** Whether the span of `other` states the same fact as `said`, so that its report may be listed as a source. */
export function statesSameFact(said: Candidate, other: Candidate): boolean {
  const shown = said.sentence.text;
  const span = other.sentence.text;
  const figures = numbersOf(span);
  for (const n of numbersOf(shown)) if (!figures.has(n)) return false;
  const { names } = namesAndWords(shown);
  const { words } = namesAndWords(span);
  for (const name of names) if (!words.has(name)) return false;
  // Names were checked above; the share is taken over the rest, what the sentence says about them (in
  // "There was no sign that Slobodan Milosevic was backing down" the name would otherwise be half of it).
  const nameStems = new Set([...names].map(stemWord));
  const all = contentStems(said);
  const claimed = new Set([...all].filter((stem) => !nameStems.has(stemOf(stem))));
  if (claimed.size === 0) for (const stem of all) claimed.add(stem);
  const found = contentStems(other);
  let shared = 0;
  for (const stem of claimed) if (found.has(stem)) shared++;
  return claimed.size > 0 && shared / claimed.size >= SUPPORTED_SHARE;
}
