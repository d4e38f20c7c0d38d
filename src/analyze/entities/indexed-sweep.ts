/** @module compromise's rule sweep with the candidate rules of each clause found from the clause's own words and tags. */
// compromise's post-tagger runs its 570 match rules through `methods.one.bulkMatch` (src/1-one/sweep in
// compromise 14.17). To pick each clause's candidate rules it tests every one of the 730 hook keys (words
// and tags the rules need or want) against the clause's cache set, then concatenates and de-duplicates the
// hits: about a quarter of all tagging time on news text, most of it spent on keys the clause does not have.
// This is the same sweep with the lookup turned round: the clause's own cache entries (a few dozen) are
// looked up in a map of the hook keys, and the hits are put back in the keys' own order, so the candidate
// lists, the order the rules run in and so the tags are exactly compromise's (checked against its own
// sweep on real sentences in indexed-sweep.test.ts). The rest (needs, ifNo, wants, minimum length, the
// matching itself) is compromise's code, as it is.

/** The parts of a compromise match rule the sweep reads; the rest goes on to the tagger untouched. */
interface SweepRule {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  readonly ifNo?: readonly string[];
  readonly unTag?: unknown;
}

/** A compiled rule set (compromise's `buildNet`): rules by hook key, and the rules with no key. */
export interface SweepNet {
  readonly hooks: Readonly<Record<string, readonly SweepRule[]>>;
  readonly always: readonly SweepRule[];
}

type Pointer = number[];

/** compromise's `world.methods` as the sweep uses them. */
export interface SweepMethods {
  readonly one: {
    cacheDoc(document: readonly unknown[][]): ReadonlySet<string>[];
    match(docs: readonly unknown[][], rule: SweepRule): { ptrs: Pointer[] };
  };
}

export type SweepResult = SweepRule & { pointer: Pointer };

export type BulkMatch = (document: readonly unknown[][], net: SweepNet, methods: SweepMethods, opts?: { matchOne?: boolean }) => SweepResult[];

/**
 * A net's hook keys in `Object.keys(net.hooks)` order, each key's rules, and an id per distinct match text
 * (compromise de-duplicates candidates by match text, not by rule object). compromise builds a net once and
 * never changes it, so this is kept per net.
 */
interface NetIndex {
  readonly keyIndex: ReadonlyMap<string, number>;
  readonly rules: readonly (readonly SweepRule[])[];
  readonly ids: readonly Int32Array[];
  /** Per match id, the clause that last took it (`clause` below), for de-duplication without a fresh set. */
  readonly seen: Uint32Array;
  clause: number;
}

const netIndexes = new WeakMap<object, NetIndex>();

function netIndexOf(hooks: SweepNet['hooks']): NetIndex {
  let found = netIndexes.get(hooks);
  if (found === undefined) {
    const keys = Object.keys(hooks);
    const matchIds = new Map<string, number>();
    const idOf = (match: string): number => {
      let id = matchIds.get(match);
      if (id === undefined) matchIds.set(match, (id = matchIds.size));
      return id;
    };
    const rules = keys.map((k) => hooks[k]!);
    found = { keyIndex: new Map(keys.map((k, i) => [k, i])), rules, ids: rules.map((list) => Int32Array.from(list, (r) => idOf(r.match))), seen: new Uint32Array(matchIds.size), clause: 0 };
    netIndexes.set(hooks, found);
  }
  return found;
}

function countPresent(words: readonly string[], haves: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (haves.has(w)) n += 1;
  return n;
}

/** The rules worth trying on one clause, in the order compromise's getHooks and trimDown give them. */
function candidatesOf(haves: ReadonlySet<string>, net: SweepNet, termCount: number): SweepRule[] {
  const index = netIndexOf(net.hooks);
  const hit: number[] = [];
  for (const item of haves) {
    const i = index.keyIndex.get(item);
    if (i !== undefined) hit.push(i);
  }
  hit.sort((a, b) => a - b);
  if (index.clause === 0xffffffff) {
    index.seen.fill(0);
    index.clause = 0;
  }
  const clause = ++index.clause;
  const out: SweepRule[] = [];
  for (const i of hit) {
    const rules = index.rules[i]!;
    const ids = index.ids[i]!;
    for (let r = 0; r < rules.length; r += 1) {
      // The first rule with this match text is the candidate, whether or not it passes, as in compromise.
      if (index.seen[ids[r]!] === clause) continue;
      index.seen[ids[r]!] = clause;
      const rule = rules[r]!;
      if (countPresent(rule.needs, haves) < rule.needs.length) continue;
      if (rule.ifNo !== undefined && countPresent(rule.ifNo, haves) > 0) continue;
      if (rule.wants.length > 0 && countPresent(rule.wants, haves) < rule.minWant) continue;
      if (termCount >= rule.minWords) out.push(rule);
    }
  }
  for (const rule of net.always) if (termCount >= rule.minWords) out.push(rule);
  return out;
}

/** A drop-in `methods.one.bulkMatch`: every match of the net's rules in `document` (one term list per clause). */
export const indexedSweep: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: SweepResult[] = [];
  for (let n = 0; n < document.length; n += 1) {
    for (const rule of candidatesOf(caches[n]!, net, document[n]!.length)) {
      const res = methods.one.match([document[n]!], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n; // the clause's index in this document
        const todo: SweepResult = Object.assign({}, rule, { pointer: ptr });
        if (rule.unTag !== undefined) (todo as { unTag?: unknown }).unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
};
