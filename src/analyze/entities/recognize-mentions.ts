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
import { isCountryName, isNationality } from './nationalities.js';

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
  return loadNlp()(text);
}

function loadNlp(): Nlp {
  nlpLoaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpLoaded;
}

let lexiconLoaded: Record<string, string | string[]> | null = null;

/** compromise's word list: each known word and its tag or tags. */
function lexicon(): Record<string, string | string[]> {
  lexiconLoaded ??= (loadNlp() as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  return lexiconLoaded;
}

/** The tags compromise's lexicon gives a word (lower-cased), or undefined when it does not know the word. */
function lexiconTags(word: string): readonly string[] | undefined {
  const tag = lexicon()[word];
  return tag === undefined ? undefined : Array.isArray(tag) ? tag : [tag];
}

/** Titles and role nouns, from compromise's lexicon (its Actor and Honorific words) and ours. */
interface Titles {
  /** Words that stand before a name and are not part of it: "President", "magistrate", "Prince". */
  readonly words: ReadonlySet<string>;
  /** Abbreviated titles, titles only when written with their full stop: "Gen.", "Sen." ("Hun Sen" is a name). */
  readonly abbreviations: ReadonlySet<string>;
}
let titlesLoaded: Titles | null = null;

function titles(): Titles {
  if (titlesLoaded !== null) return titlesLoaded;
  const words = new Set(ROLE);
  const abbreviations = new Set<string>();
  for (const word of Object.keys(lexicon())) {
    const tags = lexiconTags(word)!;
    if (word.includes(' ')) continue;
    if (tags.includes('Abbreviation') && tags.includes('Honorific')) abbreviations.add(word);
    else if (tags.includes('Actor') || tags.includes('Honorific')) words.add(word);
  }
  titlesLoaded = { words, abbreviations };
  return titlesLoaded;
}

/** A title before a name: a role word, or an abbreviated title with its full stop ("Gen. Augusto Pinochet"). */
function isTitle(t: Term): boolean {
  const word = t.text.toLowerCase();
  return titles().words.has(word) || (titles().abbreviations.has(word) && /^\.\s*$/.test(t.post));
}

interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** Titles compromise's lexicon lacks; its Actor and Honorific words are added on first use (see `titles`). */
const ROLE = new Set(
  'former secretary general president minister deputy foreign spokesman spokeswoman correspondent director chief coordinator mr mrs ms dr sir speaker conservative labour envoy commander leader prime ambassador king pope sheikh emir sultan senator governor cardinal strongman vice premier magistrate judge prosecutor official officials'.split(' '),
);
/**
 * What follows "of"/"for" in a title and still belongs to it: "Secretary of State", "Minister for
 * Foreign Affairs", "Chief of Staff". The name starts after these words.
 */
const TITLE_COMPLEMENT = /^(?:the|state|defen[cs]e|finance|justice|interior|staff|foreign|home|internal|external|affairs|trade|commerce|treasury|health|education|labou?r|agriculture|energy|transport|information|culture|economy|economic|industry|security|homeland|public|national|house|exchequer|war|works|environment|relations)$/i;
const CONNECTOR = new Set(['for', 'of', 'al', 'de', 'bin', 'el', 'and']);
const PARTY_ADJECTIVE = /^(?:democratic|republican)$/i;
/** Words that make a name an organisation, capitalised or not ("UN Human Rights office", "Efe news agency"). */
export const ORG_WORD = /^(?:observatory|office|council|ministry|army|agency|society|nations|guards?|helmets|news|union|organi[sz]ations?|group|government|military|defence|defense|forces|committee|commission|party|front|brigades?|monitor|institute|network|assembly|parliament|senate|congress|court|tribunal|bank|corporation|corp|company|association|league|alliance|movement|foundation|fund|bureau|department|authority|administration|university|college|church|police|navy|airlines|airways|cabinet|representatives|house)$/i;
const LOWER_ORG_TAIL = /^(?:news|agency|office|ministry|army|government|military|group|council|defence|defense|forces)$/;
const PLACE_WORD = /^(?:province|neighbourhood|neighborhood|city|district|governorate|region)$/i;
const KNOWN_PLACE_ACRONYM = new Set(['UK', 'US', 'USA', 'UAE', 'EU']);
const NOT_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|according|however|meanwhile|while|if|he|she|it|they|we|i|there|this|that|overnight|amid|as|after|in|on|at|for|one|other|every)$/i;
/** What follows a person's name: "Hunter said", "Ahmad Dbais, director of hospitals". */
const SPEAKER_AFTER = /^[\s,]*(?:said|says|told|added|claimed|who)\b|^,\s+(?:a|the)\s+(?:member|director|spokesman|resident|chief)\b/i;
/** A name turned into a describing word: "al-Qaida-linked", "Hun Sen-friendly", "US-backed". */
const DESCRIBING_SUFFIX = /-(?:linked|backed|based|led|held|controlled|friendly|allied|aligned|affiliated|inspired|style|born|made|built|owned|run|funded|sponsored)$|-\p{Ll}{2,}ed$/iu;
/** Names of events and agreements, none of the three kinds: "Paris Peace Accords", "Asian Games". */
const EVENT_WORD = /^(?:accords?|agreements?|treaty|treaties|conference|summit|games|cup|olympics|championships?|war|uprising|revolution|spring|protocol|convention|act|festival|prize|award)$/i;
/** Names of weather systems: "Hurricane Mitch" is neither a person nor a place. */
const STORM = /^(?:hurricane|typhoon|cyclone|tropical storm|storm)$/i;
/** What follows the name of an armed group: "Khmer Rouge guerrillas", "Houthi rebels" (a place's are typed first). */
const ARMED_GROUP_AFTER = /^\s+(?:rebels|guerrillas|militants|insurgents|fighters)\b/i;
/** "-stan", Persian for land, ends names of places: "Kazakstan" (as 1990s wire copy spelt it), "Kurdistan", "Tatarstan"; not "Tristan". */
const LAND_SUFFIX = /^\p{Lu}\p{Ll}{3,}stan$/u;
/** Common nouns a place's name modifies: "the Baikonur launch pad", "the Tampa area", "the Kandahar airport". */
const PLACE_AFTER = /^\s+(?:launch\s?pad|cosmodrome|spaceport|airport|air\s?base|airfield|border|region|area|countryside|outskirts|suburbs?|valley|coast|harbou?r|port)\b/i;
/** A place's kind and "of" before its name: "the settlement of Ariel", "the West Bank town of Ramallah", "a suburb of Buffalo". */
const PLACE_KIND_OF = /\b(?:towns?|villages?|city|cities|settlements?|suburbs?|provinces?|states?|islands?|ports?|regions?|districts?|governorates?|municipality|county|capital)\s+of\s+$/i;
/** Words a place name follows: "near Tapachula", "in the western Caribbean", "rebel-held Idlib". */
const PLACE_BEFORE = /(?:\b(?:in|near|outside|across|throughout|into|toward|towards)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?|-(?:held|controlled)\s+|\b(?:areas?|neighbou?rhoods?|districts?|towns?|villages?|cities|regions?|provinces?)\s+(?:including|such as|like)\s+)$/i;

/**
 * A capitalised word that opens a sentence and stands alone is a common word when compromise's lexicon
 * knows it as one: "Defeat seems inevitable", "Key to the deal was", "Analysts said".
 */
function isCommonWordAlone(terms: readonly Term[], i: number): boolean {
  const next = terms[i + 1];
  if (isTitle(terms[i]!)) return false;
  if (next !== undefined && isCapitalised(next) && !/[,.;:!?]/.test(terms[i]!.post)) return false;
  const tags = lexiconTags(terms[i]!.text.toLowerCase().replace(/['’]s$/, ''));
  return tags !== undefined && !tags.some((x) => NAME_TAGS.has(x));
}

/** A word compromise's lexicon knows only as an adjective ("White", "Supreme"), not as part of a name. */
export function isCommonAdjective(word: string): boolean {
  return lexiconTags(word.toLowerCase())?.every((x) => x === 'Adjective' || x === 'Comparable') ?? false;
}

/** A place compromise's lexicon or our country table knows by this whole name: "Prince Edward Island", "British Columbia". */
function isKnownPlace(name: string): boolean {
  const tags = lexiconTags(name.toLowerCase()) ?? [];
  return isCountryName(name) || tags.some((x) => x === 'Place' || x === 'Region' || x === 'Country' || x === 'City');
}

/**
 * compromise tags an unknown first word of a sentence as a common noun ("Hun" in "Hun Sen's party won");
 * one its lexicon does not know, directly before a capitalised word, starts a name.
 */
function isUnknownWordBeforeName(terms: readonly Term[]): boolean {
  const [first, next] = terms;
  if (first === undefined || next === undefined || !isCapitalised(first) || !isProper(next, false) || /[,.;:!?'’]/.test(first.post)) return false;
  return lexiconTags(first.text.toLowerCase()) === undefined && !has(first, 'Verb', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun');
}

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Honorific', 'Acronym', 'SportsTeam', 'Demonym']);

function isCapitalised(t: Term): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function has(t: Term, ...tags: string[]): boolean {
  return tags.some((x) => t.tags.includes(x));
}

function isProper(t: Term, isFirst: boolean): boolean {
  if (!isCapitalised(t) || NOT_NAME.test(t.text.replace(/['’]s$/, ''))) return false;
  // "Nov. 3", "Sept. 5": a month abbreviated with its full stop ("Jan Egeland" has none).
  if (has(t, 'Month') && /^\./.test(t.post)) return false;
  return !isFirst || has(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Country', 'City');
}

/**
 * "Michael P. Forbes", "John A. Boehner": a single capital with its full stop, after a given name and before a word
 * that can be a name, is a middle initial inside the name, not the end of it ("A" is no article there).
 */
function isMiddleInitial(prev: Term | undefined, t: Term, next: Term | undefined): boolean {
  if (prev === undefined || next === undefined || !/^\p{Lu}$/u.test(t.text) || !/^\.\s+$/.test(t.post)) return false;
  if (!has(prev, 'FirstName', 'MaleName', 'FemaleName', 'Person') || /[,.;:!?]/.test(prev.post) || !isProper(next, false) || isTitle(next)) return false;
  return lexiconTags(next.text.toLowerCase())?.some((x) => NAME_TAGS.has(x)) ?? true;
}

function breaksAfter(run: readonly Term[], terms: readonly Term[], next: number): boolean {
  const t = run.at(-1)!;
  if (isMiddleInitial(run.at(-2), t, terms[next])) return false;
  // "Gen. Augusto Pinochet" goes on past the title's full stop; "Hun Sen. Key to the deal" does not.
  if (run.length === 1 && titles().abbreviations.has(t.text.toLowerCase()) && /^\.\s*$/.test(t.post)) return false;
  if (/['’]s?\s*$/.test(t.post) || /['’]s$/.test(t.text)) return !isPossessiveInName(t, terms, next);
  return /[,.;:!?"“”()\[\]]/.test(t.post);
}

/**
 * "Cambodian People's Party", "Workers' Party": a common plural in the possessive inside an
 * organisation's name, when the capitalised words after it end in an organisation word. A name in the
 * possessive ("Hun Sen's Cambodian People's Party", "Russia's Defence Ministry") still ends there.
 */
function isPossessiveInName(t: Term, terms: readonly Term[], next: number): boolean {
  if (!(has(t, 'Plural') || /s['’]$/.test(t.text + t.post.trim())) || has(t, 'Person', 'Place', 'Country', 'City', 'FirstName')) return false;
  for (const n of terms.slice(next, next + 8)) {
    if (!isCapitalised(n)) return false;
    if (ORG_WORD.test(n.text.replace(/['’]s$/, '')) || /^(?:republic|liberation)$/i.test(n.text)) return true;
    if (/[,.;:!?"“”()\[\]]|['’]/.test(n.post)) return false;
  }
  return false;
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

function typeOf(chunk: readonly Term[], hasRole: boolean, after: string, name: string, before: string): EntityType | null {
  const words = chunk.map((t) => t.text.replace(/['’]s$/, ''));
  const last = words.at(-1)!;
  if (isDescription(name, words)) return null;
  // "the Republican state treasurer", "a conservative Republican": a party's adjective or one member, no name.
  if (words.length === 1 && PARTY_ADJECTIVE.test(last)) return null;
  if (words.length > 1 && EVENT_WORD.test(last)) return null;
  if (isCountryName(name) || /^(?:republic|kingdom|emirates|principality|sultanate)$/i.test(last) || /^(?:republic|kingdom|principality|sultanate) of /i.test(name)) return 'place';
  if (/^\s*(?:paramilitary |militant |armed |rebel )?(?:group|militia)\b/i.test(after)) return 'organization';
  // Arabic names with the article alone ("al-Fardous") are neighbourhoods; people carry a given name first.
  if (!hasRole && /^al-\S+$/i.test(name)) return 'place';
  // "the West Bank", "the East Bank": a bank named by a compass point is a river's, not a lender.
  if (words.length === 2 && /^(?:west|east|north|south)$/i.test(words[0]!) && /^bank$/i.test(last)) return 'place';
  if (words.some((w) => ORG_WORD.test(w)) || isMembersOf(words)) return 'organization';
  if (words.length === 1 && /^[A-Z]{2,10}$/.test(last)) return KNOWN_PLACE_ACRONYM.has(last) ? 'place' : 'organization';
  const isPlaceTagged = words.some((w) => PLACE_WORD.test(w)) || chunk.some((t) => has(t, 'Place', 'Country', 'City', 'Region')) || LAND_SUFFIX.test(last);
  // compromise tags unknown capitalised words Person freely ("Phnom" in "Phnom Penh"): without a title or
  // a known given or family name, a place tag ("Penh") beats that guess.
  if (!hasRole && PLACE_KIND_OF.test(before)) return 'place';
  if (isPersonNamed(chunk, hasRole)) return words.length === 1 && /^al-/i.test(last) ? 'place' : 'person';
  if (words.length === 1 && /^al-/i.test(last)) return 'place';
  if (isPlaceTagged) return 'place';
  if (chunk.some((t) => has(t, 'Person'))) return 'person';
  if (chunk.some((t) => has(t, 'Organization')) && !isOwnerOfName(chunk)) return 'organization';
  if (ARMED_GROUP_AFTER.test(after)) return 'organization';
  if (PLACE_BEFORE.test(before)) return 'place';
  // Not a describing word before the noun: "Israeli-controlled area", "Austro-Italian border".
  if (PLACE_AFTER.test(after) && /^\p{Lu}/u.test(name) && !isNationality(last.split('-').at(-1)!)) return 'place';
  if (SPEAKER_AFTER.test(after) || isTitledAfter(after)) return 'person';
  return null;
}

/** A title in apposition after a name: ", the White House chief of staff,", ", the science minister,". */
const APPOSITION = /^,\s+(?:a|an|the|his|her|its|their)\s+((?:[\p{L}.'’-]+\s+){0,4}?)(\p{L}+)(?=\s+of\b|\s*[,.;:)]|\s+(?:who|and|said|says)\b)/u;

function isTitledAfter(after: string): boolean {
  const m = APPOSITION.exec(after);
  return m !== null && titles().words.has(m[2]!.toLowerCase());
}

/**
 * "Yasser Arafat's Palestinian Authority": compromise tags a name in the possessive before an organisation's name as
 * part of that organisation. When the name is shaped like a person's (two or three words, none of them a common word
 * or an organisation in its lexicon: not "Microsoft's", "Indiana Pacers'", "Safety Board's"), that tag is no evidence.
 */
function isOwnerOfName(chunk: readonly Term[]): boolean {
  if (chunk.length < 2 || chunk.length > 3 || !/['’]s?$/.test(chunk.at(-1)!.text + chunk.at(-1)!.post.trim().slice(0, 1))) return false;
  return chunk.every((t) => {
    const tags = lexiconTags(t.text.toLowerCase().replace(/['’]s?$/, ''));
    return !has(t, 'Plural') && (tags === undefined || tags.some((x) => x === 'FirstName' || x === 'LastName' || x === 'MaleName' || x === 'FemaleName'));
  });
}

/**
 * "Republicans", "Socialists", "Democrats": a party's members by the plural of its describing word (one the lexicon
 * knows as an adjective, with an adherent's ending: -an, -ist, -ive, -al), or "-crats", are a body of members.
 */
function isMembersOf(words: readonly string[]): boolean {
  const word = words[0]!;
  if (words.length !== 1 || !/^\p{Lu}\p{Ll}+s$/u.test(word) || isNationality(word)) return false;
  return /crats$/.test(word) || (/(?:an|ist|ive|al)s$/.test(word) && isCommonAdjective(word.slice(0, -1)));
}

/** "Chilean", "Swiss-Chilean", "al-Qaida-linked": words that describe a name rather than name anything. */
function isDescription(name: string, words: readonly string[]): boolean {
  return DESCRIBING_SUFFIX.test(name) || isNationality(name) || words.every((w) => isNationality(w));
}

/** A title, or a given or family name compromise knows, says a chunk is a person; its Person tag alone is a guess. */
function isPersonNamed(chunk: readonly Term[], hasRole: boolean): boolean {
  return hasRole || chunk.some((t) => has(t, 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'));
}

/** Whether a name follows the title words at `run[0..end]`, rather than the words being one organisation's name. */
function nameFollowsTitle(run: readonly Term[], end: number): boolean {
  const rest = run.slice(end + 1);
  if (rest.some((t) => ORG_WORD.test(t.text.replace(/['’]s$/, ''))) || rest.every((t) => TITLE_COMPLEMENT.test(t.text))) return false;
  return !has(rest[0]!, 'Preposition', 'Determiner', 'Conjunction') || CONNECTOR.has(rest[0]!.text.toLowerCase());
}

/** The name after a title, without the title's "of State" / "for Foreign Affairs" complement. */
function afterTitle(run: readonly Term[], lastTitle: number): Term[] {
  const rest = run.slice(lastTitle + 1);
  if (rest.length > 0 && /^(?:of|for)$/i.test(rest[0]!.text)) {
    rest.shift();
    while (rest.length > 0 && TITLE_COMPLEMENT.test(rest[0]!.text)) rest.shift();
  }
  return rest;
}

/** A minister's field, printed before the title: "Defense Minister", "Foreign Trade Minister". */
const TITLE_SUBJECT = /^(?:defen[cs]e|foreign|finance|interior|justice|health|education|trade|commerce|agriculture|energy|transport|information|culture|industry|labou?r|environment|treasury|home)$/i;

/**
 * A minister's or secretary's field ("Defense Minister", "Russian Defence minister") belongs to the title, not to
 * a name: drops it from the end of the words before `title`, unless they are an "of" name ("Office of Civil Defense").
 */
function withoutTitleOpening(words: readonly Term[], title: Term): Term[] {
  const kept = [...words];
  // "Senate Majority Leader Trent Lott", "House Minority Whip": the side is the title's; the chamber stays a name.
  if (/^(?:leader|whip)$/i.test(title.text) && kept.length > 1 && /^(?:majority|minority)$/i.test(kept.at(-1)!.text)) kept.pop();
  if (!/^(?:minister|secretary)$/i.test(title.text)) return kept;
  while (kept.length > 0 && TITLE_SUBJECT.test(kept.at(-1)!.text) && !kept.some((t) => CONNECTOR.has(t.text.toLowerCase()))) kept.pop();
  return kept;
}

const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'] as const;

/**
 * "Rep. Dick Gephardt of Missouri", "Benjamin Netanyahu of Israel": a person's name (a Person tag or a title in it)
 * followed by "of" and a place is two names, so the run ends before "of". Bodies ("Bank of America", "University of
 * Texas"), titles ("Secretary of State"), events ("Treaty of Versailles") and places ("Gulf of Mexico") keep their "of".
 */
function isPersonOfPlace(run: readonly Term[], terms: readonly Term[], next: number): boolean {
  if (isTitle(run.at(-1)!) || !run.some((t) => has(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'))) return false;
  if (run.some((t) => has(t, ...PLACE_TAGS) || ORG_WORD.test(t.text) || EVENT_WORD.test(t.text) || CONNECTOR.has(t.text.toLowerCase()))) return false;
  const place: Term[] = [];
  for (let k = next; k < terms.length && isProper(terms[k]!, false); k++) {
    place.push(terms[k]!);
    if (/[,.;:!?"“”()\[\]'’]/.test(terms[k]!.post)) break;
  }
  if (place.length === 0) return false;
  return place.every((t) => has(t, ...PLACE_TAGS)) || isKnownPlace(place.map((t) => t.text).join(' '));
}

/**
 * "Food and Drug Administration", "Securities and Exchange Commission": "and" inside an organisation's name, when the
 * words before it are common words (not a name, a place or a party's members) and the capitalised words after it
 * end in an organisation word. "Britain and the European Union", "Republicans and White House officials" and "the
 * Commerce Department and Justice Department" stay apart.
 */
function isAndInOrgName(run: readonly Term[], terms: readonly Term[], next: number): boolean {
  const isCommonNoun = (t: Term): boolean => {
    const tags = lexiconTags(t.text.toLowerCase());
    return tags !== undefined && !tags.some((x) => NAME_TAGS.has(x)) && !isMembersOf([t.text]);
  };
  // A name already ended by its organisation word ("the Commerce Department and ...") is complete.
  if (run.length > 2 || ORG_WORD.test(run.at(-1)!.text) || !run.every(isCommonNoun)) return false;
  // The lexicon, not the tags in context: compromise tags "House Ways" a place before "and Means Committee".
  if (run.some((t) => isNationality(t.text))) return false;
  for (let k = next; k < Math.min(terms.length, next + 3); k++) {
    const t = terms[k]!;
    if (!isCapitalised(t)) return false;
    const last = k + 1 >= terms.length || !isCapitalised(terms[k + 1]!) || /[,.;:!?"“”()\[\]]/.test(t.post);
    // The organisation word ends the name ("Staples and Office Depot" are two), and "the State and Defense
    // Departments" are two departments.
    const word = t.text.replace(/['’]s$/, '');
    if (last) return ORG_WORD.test(word) && !(/s$/i.test(word) && ORG_WORD.test(word.slice(0, -1)));
  }
  return false;
}

/** Groups a sentence's terms into name chunks, splitting off leading titles ("Former UN Secretary General"). */
function chunksOf(terms: readonly Term[]): Array<{ terms: Term[]; hasRole: boolean }> {
  const chunks: Array<{ terms: Term[]; hasRole: boolean }> = [];
  let i = 0;
  while (i < terms.length) {
    const opensSentence = i === 0 || /[.!?]["”’]?\s*$/.test(terms[i - 1]!.post);
    const startsName = isProper(terms[i]!, i === 0) || (i === 0 && isUnknownWordBeforeName(terms));
    if ((!startsName && !(isTitle(terms[i]!) && isCapitalised(terms[i]!))) || (opensSentence && isCommonWordAlone(terms, i))) {
      i += 1;
      continue;
    }
    const run: Term[] = [terms[i]!];
    let j = i + 1;
    while (j < terms.length && !breaksAfter(run, terms, j) && !/[("“\[]/.test(terms[j]!.pre)) {
      const t = terms[j]!;
      const next = terms[j + 1];
      const joinsByHyphen = run.at(-1)!.post === '-';
      if (isProper(t, false) || joinsByHyphen || isMiddleInitial(run.at(-1), t, next)) run.push(t);
      else if (t.text === 'of' && isPersonOfPlace(run, terms, j + 1)) break;
      else if (CONNECTOR.has(t.text.toLowerCase()) && next !== undefined && isProper(next, false) && (t.text !== 'and' || run.some((r) => r.text === 'of' || r.text === 'for') || isAndInOrgName(run, terms, j + 1))) run.push(t);
      else if (LOWER_ORG_TAIL.test(t.text)) run.push(t);
      else break;
      j += 1;
    }
    if (run.length > 1 && isKnownPlace(run.map((t) => t.text).join(' '))) {
      chunks.push({ terms: run, hasRole: false });
      i = j;
      continue;
    }
    // Split at the last title word: "UN Secretary General | Ban Ki-moon", "ITV News Correspondent | Dan Rivers",
    // "Secretary of State | Nobutaka Machimura".
    let lastRole = -1;
    run.forEach((t, k) => {
      // After "of"/"for" a role word is part of an organisation's name: "Observatory for Human Rights".
      const inOrgName = k > 0 && CONNECTOR.has(run[k - 1]!.text.toLowerCase());
      if (isTitle(t) && k < run.length - 1 && !inOrgName && nameFollowsTitle(run, k)) lastRole = k;
    });
    const name = lastRole >= 0 ? afterTitle(run, lastRole) : run;
    // "UN Humanitarian Office Jens Laerke": an organisation followed by a person's name.
    const orgThenName = run.findIndex((t, k) => k > 0 && ORG_WORD.test(run[k - 1]!.text) && has(t, 'FirstName', 'Person'));
    if (orgThenName > 0 && lastRole < 0) {
      chunks.push({ terms: run.slice(0, orgThenName), hasRole: false });
      chunks.push({ terms: run.slice(orgThenName), hasRole: true });
    } else if (lastRole >= 0 && name.every((t) => isTitle(t))) {
      // Only titles ("the Secretary General"): no name.
    } else if (lastRole >= 0) {
      const firstRole = run.findIndex((t, k) => isTitle(t) && !(k > 0 && CONNECTOR.has(run[k - 1]!.text.toLowerCase())));
      const before = withoutTitleOpening(run.slice(0, firstRole), run[firstRole]!);
      if (before.length > 0) chunks.push({ terms: before, hasRole: false });
      chunks.push({ terms: name, hasRole: true });
    } else if (!(run.length === 1 && isTitle(run[0]!))) {
      // "former Khmer Rouge guerrillas": a name modifying a plural noun is no one, and the title goes with the noun.
      const modifiesPlural = j < terms.length && !isCapitalised(terms[j]!) && has(terms[j]!, 'Plural');
      const roleBefore = i > 0 && isTitle(terms[i - 1]!) && !modifiesPlural;
      const name = j < terms.length && isTitle(terms[j]!) ? withoutTitleOpening(run, terms[j]!) : [...run];
      // "a House Democratic official", "Senate Republican leaders": the party's adjective describes the noun after it.
      if (name.length > 1 && PARTY_ADJECTIVE.test(name.at(-1)!.text) && j < terms.length && !isCapitalised(terms[j]!)) name.pop();
      if (name.length > 0) chunks.push({ terms: name, hasRole: roleBefore });
    }
    i = j;
  }
  return chunks;
}

/** Every named mention in `sentences` (article sentences of one report), in text order. */
export function recognizeMentions(reportText: string, sentences: readonly Sentence[]): Mention[] {
  const out: Mention[] = [];
  for (const sentence of sentences) {
    const found: Found[] = [];
    for (const chunk of chunksOf(termsOf(sentence))) {
      // Trim trailing connectors and an edge possessive.
      while (chunk.terms.length > 0 && CONNECTOR.has(chunk.terms.at(-1)!.text.toLowerCase())) chunk.terms.pop();
      if (chunk.terms.length === 0) continue;
      // "Hurricane Mitch": a storm, not a person; the bare "Mitch" is dropped in findEntities.
      if (STORM.test(chunk.terms[0]!.text) || (/^tropical$/i.test(chunk.terms[0]!.text) && /^storm$/i.test(chunk.terms[1]?.text ?? ''))) continue;
      if (chunk.terms.length > 2 && chunk.terms[0]!.post === '-' && /^based$/i.test(chunk.terms[1]!.text)) chunk.terms.splice(0, 2);
      // A nationality before a name describes it ("Syrian President Bashar al-Assad" has lost its title by
      // now), unless the words are one name: a state ("Russian Federation", "Saudi Arabia"), an organisation
      // ("Cambodian People's Party") or a given name ("Christian").
      const chunkText = () => sentence.text.slice(chunk.terms[0]!.start, chunk.terms.at(-1)!.end);
      const isStateName = /^(?:federation|republic|kingdom|emirates)$/i.test(chunk.terms.at(-1)!.text) || isKnownPlace(chunkText());
      const isOrgName = chunk.terms.some((t) => ORG_WORD.test(t.text.replace(/['’]s$/, '')));
      while (!isStateName && !isOrgName && chunk.terms.length > 1 && ((isNationality(chunk.terms[0]!.text) && !has(chunk.terms[0]!, 'FirstName')) || /-based$/i.test(chunk.terms[0]!.text))) chunk.terms.shift();
      // "London-based", "US-backed Contra": a describing word before a name is not part of it.
      while (chunk.terms.length > 1 && (DESCRIBING_SUFFIX.test(chunk.terms[0]!.text) || chunk.terms[0]!.text === '-')) chunk.terms.shift();
      let startRel = chunk.terms[0]!.start;
      // "al-Fardous": the lower-case article belongs to the name.
      if (/\bal-$/i.test(sentence.text.slice(Math.max(0, startRel - 3), startRel))) startRel -= 3;
      const endRel = chunk.terms.at(-1)!.end;
      const text = sentence.text.slice(startRel, endRel).replace(/['’]s?$/, '').replace(/^-+/, '');
      if (text.length < 2) continue;
      const after = sentence.text.slice(endRel);
      // "(SOHR)" right after the name is the name's acronym, kept as its alias, not a second mention.
      if (/\(\s*$/.test(sentence.text.slice(0, startRel)) && /^\s*\)/.test(sentence.text.slice(endRel)) && /^[A-Z]{2,10}$/.test(text)) continue;
      const isPossessive = /^['’]s?\b/.test(after);
      const before = sentence.text.slice(Math.max(0, startRel - 40), startRel);
      const isNamed = chunk.terms.some((t) => has(t, 'FirstName', 'Person'));
      const type = /\b(?:group|militia)\s+$/i.test(before) && !isNamed ? 'organization' : typeOf(chunk.terms, chunk.hasRole, isPossessive ? '' : after, text, before);
      const acronym = /^\s*\(([A-Z]{2,10})\)/.exec(after)?.[1] ?? null;
      const isFirmPerson = isPersonNamed(chunk.terms, chunk.hasRole) || SPEAKER_AFTER.test(after);
      const isGuessedPerson = type === 'person' && !isFirmPerson;
      // Words typeOf turned down ("Canadian", "al-Qaida-linked") stay out even in a list of places.
      const isRejected = type === null && isDescription(text, chunk.terms.map((t) => t.text.replace(/['’]s$/, '')));
      found.push({ text, type, startRel: sentence.text.indexOf(text, startRel), endRel, acronym, isFirmPerson, isGuessedPerson, isRejected });
    }
    typeLists(sentence.text, found);
    for (const f of found) {
      if (f.type === null) continue;
      const start = sentence.start + f.startRel;
      out.push({ text: f.text, type: f.type, start, end: start + f.text.length, sentence, acronym: f.acronym });
    }
    void reportText;
  }
  return out;
}

interface Found {
  readonly text: string;
  type: EntityType | null;
  readonly startRel: number;
  readonly endRel: number;
  readonly acronym: string | null;
  /** A title or a known given or family name says this is a person. */
  readonly isFirmPerson: boolean;
  /** Typed a person only because compromise guessed Person for unknown capitalised words. */
  readonly isGuessedPerson: boolean;
  readonly isRejected: boolean;
}

/**
 * Names listed together are of one kind: in "areas including Jabal Badra, Baadeeen, Inzarat and Ain
 * al-Tall" the first is a place by its cue, so the untyped ones are too, and in a list of three or
 * more so are those compromise guessed were people. A list with a firm person in it is left alone
 * ("Hun Sen and FUNCINPEC" mixes kinds).
 */
function typeLists(text: string, found: Found[]): void {
  let first = 0;
  for (let k = 1; k <= found.length; k++) {
    const gap = k < found.length ? text.slice(found[k - 1]!.endRel, found[k]!.startRel) : '';
    // "Benjamin Netanyahu of Israel and Yasser Arafat": the place is the person's, in the same item of the list.
    const joined = k < found.length && (/^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/.test(gap) || (/^\s+of\s+$/.test(gap) && found[k - 1]!.isFirmPerson));
    if (joined) continue;
    const list = found.slice(first, k);
    first = k;
    if (list.length < 2 || list.some((f) => f.isFirmPerson) || !list.some((f) => f.type === 'place' && !f.isGuessedPerson)) continue;
    for (const f of list) if ((f.type === null && !f.isRejected) || (list.length >= 3 && f.isGuessedPerson)) f.type = 'place';
  }
}
