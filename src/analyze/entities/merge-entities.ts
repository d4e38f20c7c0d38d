/** @module Merges mentions into entities across reports: acronyms, spelling variants, case, short forms of longer names. */
import type { Entity, EntityMention, EntityType } from '../types.js';
import { ClusterIndex } from './cluster-index.js';
import { countryOf } from './nationalities.js';
import { ORG_WORD, isCommonAdjective, type Mention } from './recognize-mentions.js';

/** Two person names whose letters differ by at most this many edits are one person ("Abdel Rahman" / "Abdulrahman"). */
export const DEFAULT_MAX_NAME_EDITS = 2;
/** ... when the squashed names are at least this long, so "Ali" and "Ala" stay apart. */
export const DEFAULT_MIN_FUZZY_LENGTH = 10;

const GENERATION = /,?\s+(?:ii|iii|iv|jr\.?|sr\.?)$/;
const DIRECTION = /^(?:eastern|western|northern|southern)\s+/i;

/** "henry j. hyde" → "henry hyde": a middle initial is left out of a name as often as printed. */
function withoutInitials(key: string): string {
  return key.replace(/ \p{L}\.(?= )/gu, '');
}

/** Comparison key: case, diacritics, "the", hyphens vs spaces and "eastern"/"east" do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(DIRECTION, (m) => m.replace(/ern\s+$/, ' '))
    .replace(/[-‐\s]+/g, ' ')
    .trim();
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** Initials of a name's capitalised words: "Syrian Observatory for Human Rights" → "SOHR". */
export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

interface Cluster {
  readonly type: EntityType;
  readonly names: Map<string, number>;
  readonly mentions: Mention[];
  readonly acronyms: Set<string>;
}

// Every mention is compared with every entity found so far, so a 25-report story made about two million
// key computations (Unicode normalisation and five replacements each) and took over a second; each form of
// a name is now computed once per merge.
class NameForms {
  private readonly keys = new Map<string, string>();
  private readonly squashed = new Map<string, string>();
  private readonly initialsOf = new Map<string, string>();
  key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = nameKey(name)));
    return key;
  }
  squash(name: string): string {
    let form = this.squashed.get(name);
    if (form === undefined) this.squashed.set(name, (form = this.key(name).replace(/\b(?:al|el)\s/g, '').replace(/[^a-z]/g, '')));
    return form;
  }
  initials(name: string): string {
    let form = this.initialsOf.get(name);
    if (form === undefined) this.initialsOf.set(name, (form = initials(name)));
    return form;
  }
  lastToken(name: string): string {
    return this.key(name).split(' ').at(-1)!.replace(/^al /, '');
  }
}

function isSameEntity(c: Cluster, m: Mention, forms: NameForms): boolean {
  const key = forms.key(m.text);
  const names = [...c.names.keys()];
  // The same name is the same entity even when the tagger typed one mention differently ("Russia's").
  if (names.some((n) => forms.key(n) === key)) return true;
  if (c.type !== m.type) return false;
  // "Britain" and "UK", "Russia" and "Russian Federation": one country's names.
  const country = countryOf(m.text);
  if (country !== undefined && names.some((n) => countryOf(n) === country)) return true;
  // "Syrian Observatory" is "Syrian Observatory for Human Rights" cut before its "for"/"of" phrase.
  if (key.includes(' ') && names.some((n) => forms.key(n).startsWith(`${key} for `) || forms.key(n).startsWith(`${key} of `))) return true;
  if (/^[A-Z]{2,8}$/.test(m.text)) return c.acronyms.has(m.text) || names.some((n) => n.includes(' ') && forms.initials(n) === m.text);
  if (m.acronym !== null && c.acronyms.has(m.acronym)) return true;
  if (m.type === 'person') {
    // "John Paul" is "John Paul II"; "Jr." and "Sr." drop the same way, and so do middle initials ("Henry J. Hyde").
    const bare = withoutInitials(key.replace(GENERATION, ''));
    if (bare.includes(' ') && names.some((n) => withoutInitials(forms.key(n).replace(GENERATION, '')) === bare)) return true;
    const s = forms.squash(m.text);
    if (s.length >= DEFAULT_MIN_FUZZY_LENGTH && names.some((n) => forms.squash(n).length >= DEFAULT_MIN_FUZZY_LENGTH && editDistance(forms.squash(n), s) <= DEFAULT_MAX_NAME_EDITS)) return true;
  }
  return false;
}

/** A one-word mention ("Rahman", "Observatory", "Assad") that ends exactly one longer name of its type; a person's, failing that, one it opens (givenNameOwner). */
function shortFormOwner(clusters: readonly Cluster[], m: Mention, forms: NameForms, index: Index): Cluster | undefined {
  const key = forms.key(m.text);
  if (key.includes(' ') && m.type !== 'organization') return undefined;
  const candidates = index.find(shortFormPairs(m, forms)).map((i) => clusters[i]!);
  const owners = candidates.filter((c) => {
    if (c.type !== m.type) return false;
    return [...c.names.keys()].some((n) => {
      const k = forms.key(n);
      if (k === key || !k.includes(' ')) return false;
      if (m.type === 'person') return forms.lastToken(n) === forms.lastToken(m.text) || forms.squash(n).endsWith(forms.squash(m.text));
      return k.startsWith(`${key} `) || k.split(' ').includes(key) || k.endsWith(` ${key}`);
    });
  });
  if (owners.length === 0 && m.type === 'person') return givenNameOwner(candidates, key, forms);
  if (owners.length !== 1) return undefined;
  // A body's generic word alone ("the Senate") is short for a longer name only as its head: the "Senate" of "U.S.
  // Senate Committee on Foreign Relations" modifies "Committee", and a story's "the Senate" is a senate, perhaps
  // another country's. "Observatory" stays short for "Syrian Observatory for Human Rights".
  // And only of a name set apart by a proper word: "the House" is a chamber, not short for "White House", whose
  // "White" is a common adjective.
  if (m.type === 'organization' && ORG_WORD.test(m.text) && ![...owners[0]!.names.keys()].some((n) => headWord(forms.key(n)) === key && modifiers(n).some((w) => !isCommonAdjective(w)))) return undefined;
  return owners[0];
}

/**
 * A one-word person mention that ends no longer name but opens exactly one: a given name used alone ("When Russ and
 * David decide", for Russ Granik and David Stern), or a family name printed first ("Xu" for Xu Wenli).
 */
function givenNameOwner(clusters: readonly Cluster[], key: string, forms: NameForms): Cluster | undefined {
  const owners = clusters.filter((c) => c.type === 'person' && [...c.names.keys()].some((n) => forms.key(n).startsWith(`${key} `)));
  return owners.length === 1 ? owners[0] : undefined;
}

type Index = ClusterIndex<'key' | 'country' | 'cut' | 'acronym' | 'initials' | 'bare' | 'squashLength' | 'word' | 'lastToken' | 'squashEnd'>;

function bareName(key: string): string {
  return withoutInitials(key.replace(GENERATION, ''));
}

/** Files a cluster's new name under every form isSameEntity and shortFormOwner compare. */
function indexName(index: Index, name: string, cluster: number, forms: NameForms): void {
  const key = forms.key(name);
  index.add('key', key, cluster);
  const country = countryOf(name);
  if (country !== undefined) index.add('country', country, cluster);
  for (const cut of key.matchAll(/ (?:for|of) /g)) index.add('cut', key.slice(0, cut.index), cluster);
  if (name.includes(' ')) index.add('initials', forms.initials(name), cluster);
  index.add('bare', bareName(key), cluster);
  const squashed = forms.squash(name);
  if (squashed.length >= DEFAULT_MIN_FUZZY_LENGTH) index.add('squashLength', String(squashed.length), cluster);
  if (!key.includes(' ')) return;
  for (const word of new Set(key.split(' '))) index.add('word', word, cluster);
  index.add('lastToken', forms.lastToken(name), cluster);
  for (let i = 0; i <= squashed.length; i++) index.add('squashEnd', squashed.slice(i), cluster);
}

/** The forms a cluster must share with `m` for isSameEntity to hold. */
function samePairs(m: Mention, forms: NameForms): [Parameters<Index['add']>[0], string | null | undefined][] {
  const key = forms.key(m.text);
  const squashed = forms.squash(m.text);
  const lengths = squashed.length >= DEFAULT_MIN_FUZZY_LENGTH ? [-2, -1, 0, 1, 2].map((d) => String(squashed.length + d)) : [];
  return [
    ['key', key],
    ['country', countryOf(m.text)],
    ['cut', key],
    ['acronym', m.text],
    ['initials', m.text],
    ['acronym', m.acronym],
    ['bare', bareName(key)],
    ...lengths.map((l) => ['squashLength', l] as [Parameters<Index['add']>[0], string]),
  ];
}

/** The forms a cluster must share with a short mention for shortFormOwner (or givenNameOwner) to pick it. */
function shortFormPairs(m: Mention, forms: NameForms): [Parameters<Index['add']>[0], string][] {
  const key = forms.key(m.text);
  return [
    ['word', key.split(' ')[0]!],
    ['lastToken', forms.lastToken(m.text)],
    ['squashEnd', forms.squash(m.text)],
  ];
}

/** The words before a name's head, as printed: "Syrian" of "Syrian Observatory for Human Rights". */
function modifiers(name: string): string[] {
  return name.split(/ (?:of|for) /)[0]!.split(/[\s-]+/).slice(0, -1);
}

/** The last word of a name's key before any "of"/"for" phrase: "observatory" of "syrian observatory for human rights". */
function headWord(key: string): string {
  return key.split(/ (?:of|for) /)[0]!.split(' ').at(-1)!;
}

/** The name an editor would print: the longest non-acronym form, ties to the most frequent. */
function canonicalName(c: Cluster): string {
  const names = [...c.names.entries()];
  const full = names.filter(([n]) => !/^[A-Z]{2,8}$/.test(n));
  const pool = full.length > 0 ? full : names;
  return pool.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

/**
 * One entity per real-world name: exact keys (case, hyphens), acronyms (printed "(SOHR)" or matching
 * initials), fuzzy person names, then one-word short forms that end a single longer name. Sorted by
 * mention count, then number of reports, then name.
 */
export function mergeEntities(mentions: readonly Mention[]): Entity[] {
  const clusters: Cluster[] = [];
  const full = [...mentions].sort((a, b) => b.text.split(' ').length - a.text.split(' ').length);
  const deferred: Mention[] = [];
  const forms = new NameForms();
  const index: Index = new ClusterIndex();
  const numberOf = new Map<Cluster, number>();
  const sameEntity = (m: Mention): Cluster | undefined => {
    for (const i of index.find(samePairs(m, forms))) if (isSameEntity(clusters[i]!, m, forms)) return clusters[i];
    return undefined;
  };
  const join = (found: Cluster | undefined, m: Mention): Cluster => {
    const target = found ?? { type: m.type, names: new Map<string, number>(), mentions: [], acronyms: new Set<string>() };
    if (found === undefined) numberOf.set(target, clusters.push(target) - 1);
    if (!target.names.has(m.text)) indexName(index, m.text, numberOf.get(target)!, forms);
    target.names.set(m.text, (target.names.get(m.text) ?? 0) + 1);
    target.mentions.push(m);
    return target;
  };
  for (const m of full) {
    const found = sameEntity(m);
    if (found === undefined && forms.key(m.text).split(' ').length === 1 && !/^[A-Z]{2,8}$/.test(m.text)) {
      deferred.push(m);
      continue;
    }
    const target = join(found, m);
    if (m.acronym !== null && !target.acronyms.has(m.acronym)) {
      target.acronyms.add(m.acronym);
      index.add('acronym', m.acronym, numberOf.get(target)!);
    }
  }
  for (const m of deferred) join(sameEntity(m) ?? shortFormOwner(clusters, m, forms, index), m);
  return clusters
    .map((c): Entity => {
      const name = canonicalName(c);
      const refs: EntityMention[] = [...c.mentions]
        .sort((a, b) => (a.sentence.reportId < b.sentence.reportId ? -1 : a.sentence.reportId > b.sentence.reportId ? 1 : a.start - b.start))
        .map((m) => ({ report: m.sentence.reportId, start: m.start, end: m.end, text: m.text, sentence: { start: m.sentence.start, end: m.sentence.end } }));
      const aliases = [...new Set([...c.names.keys(), ...c.acronyms])].filter((n) => n !== name);
      const votes = new Map<EntityType, number>();
      for (const m of c.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
      const type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      return { name, type, aliases, mentions: refs.length, reports: new Set(refs.map((r) => r.report)).size, refs };
    })
    .sort((a, b) => b.mentions - a.mentions || b.reports - a.reports || a.name.localeCompare(b.name));
}
