/** @module Groups a sentence's tagged terms into name chunks, splitting off the titles before them. */
import { CONNECTOR, LOWER_ORG_TAIL, ORG_WORD, PARTY_ADJECTIVE } from './lexicon.js';
import { has, isCapitalised, type Term } from './term.js';
import { breaksAfter, isAndInOrgName, isMiddleInitial, isPersonOfPlace } from './rules/name-bounds.js';
import { isCommonWordAlone, isKnownPlace, isProper, isUnknownWordBeforeName } from './rules/term-tests.js';
import { afterTitle, isTitle, nameFollowsTitle, withoutTitleOpening } from './rules/titles.js';

export interface NameChunk {
  readonly terms: Term[];
  /** A title stood before the name. */
  readonly hasRole: boolean;
}

/** Groups a sentence's terms into name chunks, splitting off leading titles ("Former UN Secretary General"). */
export function chunksOf(terms: readonly Term[]): NameChunk[] {
  const chunks: NameChunk[] = [];
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
