/** @module Finds mentions of people, organisations and places in article sentences, from compromise's part-of-speech tags. */
// compromise (not wink-nlp): one package with its lexicon built in, so it installs and runs offline from
// npm with no separate model download, ships its own types, and tags Person/Place/Organization/Acronym
// per term with offsets. Its own people()/places() groupings split "Ban Ki-moon" and call neighbourhoods
// ("al-Fardous") people, so we chunk its tagged terms ourselves and type the chunks with news cues.
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';
import { LRUCache } from 'lru-cache';
import type { Sentence } from '../../types.js';
import type { EntityType } from '../types.js';

export interface Mention {
  readonly text: string;
  readonly type: EntityType;
  /** Offsets into the report text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: Sentence;
  /** An acronym printed in parentheses right after the name: "Syrian Observatory for Human Rights (SOHR)". */
  readonly acronym: string | null;
}

type Nlp = typeof nlpModule;
let nlpLoaded: Nlp | null = null;

/**
 * compromise, loaded on first use from its single-file CommonJS build: importing its ESM source tree took
 * 0.7 s, which every CLI command paid at start-up whether it looked for entities or not (the build: 0.45 s,
 * and only when needed).
 */
function nlp(text: string): ReturnType<Nlp> {
  nlpLoaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpLoaded(text);
}

interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly start: number;
  readonly end: number;
}

const ROLE = new Set(
  'former secretary general president minister deputy foreign spokesman spokeswoman correspondent director chief coordinator mr mrs ms dr sir speaker conservative labour envoy commander leader prime ambassador'.split(' '),
);
const CONNECTOR = new Set(['for', 'of', 'al', 'de', 'bin', 'el', 'and']);
/** Words that make a name an organisation, capitalised or not ("UN Human Rights office", "Efe news agency"). */
const ORG_WORD = /^(?:observatory|office|council|ministry|army|agency|society|nations|guards|helmets|news|union|organi[sz]ations?|group|government|military|defence|defense|forces|committee|commission|party|front|brigades?|monitor|institute|network)$/i;
const LOWER_ORG_TAIL = /^(?:news|agency|office|ministry|army|government|military|group|council|defence|defense|forces)$/;
const PLACE_WORD = /^(?:province|neighbourhood|neighborhood|city|district|governorate|region)$/i;
const KNOWN_PLACE_ACRONYM = new Set(['UK', 'US', 'USA', 'UAE', 'EU']);
const NOT_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|according|however|meanwhile|while|if|he|she|it|they|we|i|there|this|that|overnight|amid|as|after|in|on|at|for|one|military|safe|other|former|analysts|rebels|rebel|government|terrified|young|every|spokesman|defeat)$/i;
const DEMONYM = /^(?:syrian|russian|iraqi|iranian|shiite|sunni|kurdish|turkish|american|british|french|lebanese|arab|pro-syrian|israeli)$/i;

function isCapitalised(t: Term): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function has(t: Term, ...tags: string[]): boolean {
  return tags.some((x) => t.tags.includes(x));
}

function isProper(t: Term, isFirst: boolean): boolean {
  if (!isCapitalised(t) || NOT_NAME.test(t.text)) return false;
  return !isFirst || has(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Country', 'City');
}

function breaksAfter(t: Term): boolean {
  return /[,.;:!?"“”()\[\]]|['’]s?\s*$/.test(t.post) || /['’]s$/.test(t.text);
}

// A story's brief is rebuilt each time a report joins it, from up to 40 reports (DEFAULT_MAX_BRIEF_REPORTS),
// and tagging every sentence again was most of each rebuild (2.2 s of 2.9 s for a 25-report DUC 2007
// story). A sentence's terms depend on its text alone, so they are kept by text: a rebuild tags only the
// new report's sentences. 5,000 sentences (about 4 stories of 40 reports) hold roughly 20-30 MB.
const TERMS_CACHE_SENTENCES = 5_000;
const termsCache = new LRUCache<string, readonly Term[]>({ max: TERMS_CACHE_SENTENCES });

function termsOf(sentence: Sentence): readonly Term[] {
  let terms = termsCache.get(sentence.text);
  if (terms === undefined) {
    terms = tagTerms(sentence.text);
    termsCache.set(sentence.text, terms);
  }
  return terms;
}

function tagTerms(text: string): Term[] {
  const doc = nlp(text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  return json.flatMap((s) =>
    s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: t.tags, start: t.offset.start, end: t.offset.start + t.offset.length })),
  );
}

function typeOf(chunk: readonly Term[], hasRole: boolean, after: string, name: string): EntityType | null {
  // Arabic names with the article alone ("al-Fardous") are neighbourhoods; people carry a given name first.
  if (/^\s*(?:paramilitary |militant |armed |rebel )?(?:group|militia)\b/i.test(after)) return 'organization';
  if (/-(?:linked|backed|based|led|held|controlled)$/i.test(name)) return null;
  if (!hasRole && /^al-\S+$/i.test(name)) return 'place';
  const words = chunk.map((t) => t.text.replace(/['’]s$/, ''));
  const last = words.at(-1)!;
  if (words.every((w) => DEMONYM.test(w))) return null;
  if (words.some((w) => ORG_WORD.test(w)) || /^\s*(?:paramilitary |militant |armed |rebel )?(?:group|militia)\b/i.test(after)) return 'organization';
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(last)) return KNOWN_PLACE_ACRONYM.has(last) ? 'place' : 'organization';
  if (hasRole || chunk.some((t) => has(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'))) {
    if (words.length === 1 && /^al-/i.test(last)) return 'place';
    return 'person';
  }
  if (words.length === 1 && /^al-/i.test(last)) return 'place';
  if (words.some((w) => PLACE_WORD.test(w)) || chunk.some((t) => has(t, 'Place', 'Country', 'City', 'Region'))) return 'place';
  if (chunk.some((t) => has(t, 'Organization'))) return 'organization';
  if (/^[\s,]*(?:said|says|told|added|claimed|who)\b|^,\s+(?:a|the)\s+(?:member|director|spokesman|resident|chief)\b/i.test(after)) return 'person';
  return null;
}

/** Groups a sentence's terms into name chunks, splitting off leading titles ("Former UN Secretary General"). */
function chunksOf(terms: readonly Term[]): Array<{ terms: Term[]; hasRole: boolean }> {
  const chunks: Array<{ terms: Term[]; hasRole: boolean }> = [];
  let i = 0;
  while (i < terms.length) {
    if (!isProper(terms[i]!, i === 0) && !(ROLE.has(terms[i]!.text.toLowerCase()) && isCapitalised(terms[i]!))) {
      i += 1;
      continue;
    }
    const run: Term[] = [terms[i]!];
    let j = i + 1;
    while (j < terms.length && !breaksAfter(run.at(-1)!) && !/[("“\[]/.test(terms[j]!.pre)) {
      const t = terms[j]!;
      const next = terms[j + 1];
      const joinsByHyphen = run.at(-1)!.post === '-';
      if (isProper(t, false) || joinsByHyphen) run.push(t);
      else if (CONNECTOR.has(t.text.toLowerCase()) && next !== undefined && isProper(next, false) && (t.text !== 'and' || run.some((r) => r.text === 'of' || r.text === 'for'))) run.push(t);
      else if (LOWER_ORG_TAIL.test(t.text)) run.push(t);
      else break;
      j += 1;
    }
    // Split at the last title word: "UN Secretary General | Ban Ki-moon", "ITV News Correspondent | Dan Rivers".
    let lastRole = -1;
    run.forEach((t, k) => {
      if (ROLE.has(t.text.toLowerCase()) && k < run.length - 1) lastRole = k;
    });
    // "UN Humanitarian Office Jens Laerke": an organisation followed by a person's name.
    const orgThenName = run.findIndex((t, k) => k > 0 && ORG_WORD.test(run[k - 1]!.text) && has(t, 'FirstName', 'Person'));
    if (orgThenName > 0 && lastRole < 0) {
      chunks.push({ terms: run.slice(0, orgThenName), hasRole: false });
      chunks.push({ terms: run.slice(orgThenName), hasRole: true });
    } else if (lastRole >= 0 && run.slice(lastRole + 1).every((t) => ROLE.has(t.text.toLowerCase()))) {
      // Only titles ("the Secretary General"): no name.
    } else if (lastRole >= 0) {
      const firstRole = run.findIndex((t) => ROLE.has(t.text.toLowerCase()));
      if (firstRole > 0) chunks.push({ terms: run.slice(0, firstRole), hasRole: false });
      chunks.push({ terms: run.slice(lastRole + 1), hasRole: true });
    } else if (!(run.length === 1 && ROLE.has(run[0]!.text.toLowerCase()))) {
      const roleBefore = i > 0 && ROLE.has(terms[i - 1]!.text.toLowerCase());
      chunks.push({ terms: run, hasRole: roleBefore });
    }
    i = j;
  }
  return chunks;
}

/** Every named mention in `sentences` (article sentences of one report), in text order. */
export function recognizeMentions(reportText: string, sentences: readonly Sentence[]): Mention[] {
  const out: Mention[] = [];
  for (const sentence of sentences) {
    for (const chunk of chunksOf(termsOf(sentence))) {
      // Trim trailing connectors and an edge possessive.
      while (chunk.terms.length > 0 && CONNECTOR.has(chunk.terms.at(-1)!.text.toLowerCase())) chunk.terms.pop();
      if (chunk.terms.length === 0) continue;
      if (chunk.terms.length > 2 && chunk.terms[0]!.post === '-' && /^based$/i.test(chunk.terms[1]!.text)) chunk.terms.splice(0, 2);
      const isStateName = /^(?:federation|republic|kingdom|emirates)$/i.test(chunk.terms.at(-1)!.text);
      while (!isStateName && chunk.terms.length > 1 && (DEMONYM.test(chunk.terms[0]!.text) || /-based$/i.test(chunk.terms[0]!.text)) && !chunk.terms.some((t) => ORG_WORD.test(t.text))) chunk.terms.shift();
      while (chunk.terms.length > 1 && /-based$|^-$/i.test(chunk.terms[0]!.text)) chunk.terms.shift();
      let startRel = chunk.terms[0]!.start;
      // "al-Fardous": the lower-case article belongs to the name.
      if (/\bal-$/i.test(sentence.text.slice(Math.max(0, startRel - 3), startRel))) startRel -= 3;
      const endRel = chunk.terms.at(-1)!.end;
      const text = sentence.text.slice(startRel, endRel).replace(/['’]s?$/, '').replace(/^-+/, '');
      if (text.length < 2) continue;
      const after = sentence.text.slice(endRel);
      // "(SOHR)" right after the name is the name's acronym, kept as its alias, not a second mention.
      if (/\(\s*$/.test(sentence.text.slice(0, startRel)) && /^\s*\)/.test(sentence.text.slice(endRel)) && /^[A-Z]{2,8}$/.test(text)) continue;
      const isPossessive = /^['’]s?\b/.test(after);
      const before = sentence.text.slice(Math.max(0, startRel - 12), startRel);
      const isNamed = chunk.terms.some((t) => has(t, 'FirstName', 'Person'));
      const type = /\b(?:group|militia)\s+$/i.test(before) && !isNamed ? 'organization' : typeOf(chunk.terms, chunk.hasRole, isPossessive ? '' : after, text);
      if (type === null) continue;
      const acronym = /^\s*\(([A-Z]{2,8})\)/.exec(after)?.[1] ?? null;
      const start = sentence.start + startRel;
      out.push({ text, type, start, end: start + text.length, sentence, acronym });
      void reportText;
    }
  }
  return out;
}
