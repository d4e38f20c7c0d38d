/** @module compromise, loaded on first use: its per-term tags for a sentence (kept by sentence text) and its lexicon's tags for a word. */
// compromise (not wink-nlp): one package with its lexicon built in, so it installs and runs offline from
// npm with no separate model download, ships its own types, and tags Person/Place/Organization/Acronym
// per term with offsets. Its own people()/places() groupings split "Ban Ki-moon" and call neighbourhoods
// ("al-Fardous") people, so we chunk its tagged terms ourselves (chunk-names.ts).
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';
import { LRUCache } from 'lru-cache';
import type { Sentence } from '../../types.js';
import { indexedSweep, type BulkMatch } from './indexed-sweep.js';
import type { Term } from './term.js';

type Nlp = typeof nlpModule;
let nlpLoaded: Nlp | null = null;

/**
 * compromise, loaded on first use from its single-file CommonJS build: importing its ESM source tree took
 * 0.7 s, which every CLI command paid at start-up whether it looked for entities or not (the build: 0.45 s,
 * and only when needed).
 */
function loadNlp(): Nlp {
  nlpLoaded ??= tuneForTags(createRequire(import.meta.url)('compromise') as Nlp);
  return nlpLoaded;
}

/** The parts of compromise's world that `tuneForTags` changes. */
interface TunableWorld {
  hooks: string[];
  readonly methods: { readonly one: { bulkMatch: BulkMatch } };
}

/**
 * compromise set up to give the same tags for less work (we are its only user in the process). Its last
 * step, the chunker, only sets `term.chunk` (noun/verb phrases), which we never read: 14% of tagging time.
 * Its rule sweep is replaced by `indexedSweep`, the same sweep with an index of the rules' hook keys: 23%.
 * Together 34% (11,271 DUC 2004 sentences, 15.2 → 10.1 CPU s). Both are checked against a stock compromise
 * on real sentences (indexed-sweep.test.ts).
 */
function tuneForTags(nlp: Nlp): Nlp {
  const world = nlp.world() as TunableWorld;
  world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
  world.methods.one.bulkMatch = indexedSweep;
  return nlp;
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

interface CompromiseTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  readonly offset: { readonly start: number; readonly length: number };
}

/** The terms of `text` as `doc.json({ offset: true })` gives them, read from the document without the JSON copy. */
export function tagTerms(text: string): Term[] {
  const doc = loadNlp()(text);
  doc.compute('offset');
  return (doc.docs as unknown as CompromiseTerm[][]).flatMap((terms) =>
    terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: Array.from(t.tags), start: t.offset.start, end: t.offset.start + t.offset.length })),
  );
}
