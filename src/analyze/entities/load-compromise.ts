/** @module compromise, loaded on first use: its per-term tags for a sentence (kept by sentence text) and its lexicon's tags for a word. */
// compromise (not wink-nlp): one package with its lexicon built in, so it installs and runs offline from
// npm with no separate model download, ships its own types, and tags Person/Place/Organization/Acronym
// per term with offsets. Its own people()/places() groupings split "Ban Ki-moon" and call neighbourhoods
// ("al-Fardous") people, so we chunk its tagged terms ourselves (chunk-names.ts).
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';
import { LRUCache } from 'lru-cache';
import type { Sentence } from '../../types.js';
import type { Term } from './term.js';

type Nlp = typeof nlpModule;
let nlpLoaded: Nlp | null = null;

/**
 * compromise, loaded on first use from its single-file CommonJS build: importing its ESM source tree took
 * 0.7 s, which every CLI command paid at start-up whether it looked for entities or not (the build: 0.45 s,
 * and only when needed).
 */
function loadNlp(): Nlp {
  nlpLoaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpLoaded;
}

let lexiconLoaded: Record<string, string | string[]> | null = null;

/** compromise's word list: each known word and its tag or tags. */
export function compromiseLexicon(): Readonly<Record<string, string | string[]>> {
  lexiconLoaded ??= (loadNlp() as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  return lexiconLoaded;
}

/** The tags compromise's lexicon gives a word (lower-cased), or undefined when it does not know the word. */
export function lexiconTags(word: string): readonly string[] | undefined {
  const tag = compromiseLexicon()[word];
  return tag === undefined ? undefined : Array.isArray(tag) ? tag : [tag];
}

// A story's brief is rebuilt each time a report joins it, from up to 40 reports (DEFAULT_MAX_BRIEF_REPORTS),
// and tagging every sentence again was most of each rebuild (2.2 s of 2.9 s for a 25-report DUC 2007
// story). A sentence's terms depend on its text alone, so they are kept by text: a rebuild tags only the
// new report's sentences. 5,000 sentences (about 4 stories of 40 reports) hold roughly 20-30 MB.
const TERMS_CACHE_SENTENCES = 5_000;
const termsCache = new LRUCache<string, readonly Term[]>({ max: TERMS_CACHE_SENTENCES });

/** The tagged terms of a sentence, from the cache when the same text was tagged before. */
export function termsOf(sentence: Sentence): readonly Term[] {
  let terms = termsCache.get(sentence.text);
  if (terms === undefined) {
    terms = tagTerms(sentence.text);
    termsCache.set(sentence.text, terms);
  }
  return terms;
}

function tagTerms(text: string): Term[] {
  const doc = loadNlp()(text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  return json.flatMap((s) =>
    s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: t.tags, start: t.offset.start, end: t.offset.start + t.offset.length })),
  );
}
