/** @module Words at a chunk's edges that are not part of the name: connectors, nationalities and describing words before it; storms are no name. */
import { CONNECTOR, DESCRIBING_SUFFIX, ORG_WORD, STORM } from '../lexicon.js';
import { isNationality } from '../nationalities.js';
import { has, type Term } from '../term.js';
import { isKnownPlace } from './term-tests.js';

/** The chunk's terms without the words at its edges that are not the name's, or null when it names nothing. */
export function trimChunk(chunkTerms: readonly Term[], sentenceText: string): Term[] | null {
  const terms = [...chunkTerms];
  // Trim trailing connectors and an edge possessive.
  while (terms.length > 0 && CONNECTOR.has(terms.at(-1)!.text.toLowerCase())) terms.pop();
  if (terms.length === 0) return null;
  // "Hurricane Mitch": a storm, not a person; the bare "Mitch" is dropped in findEntities.
  if (STORM.test(terms[0]!.text) || (/^tropical$/i.test(terms[0]!.text) && /^storm$/i.test(terms[1]?.text ?? ''))) return null;
  if (terms.length > 2 && terms[0]!.post === '-' && /^based$/i.test(terms[1]!.text)) terms.splice(0, 2);
  // A nationality before a name describes it ("Syrian President Bashar al-Assad" has lost its title by
  // now), unless the words are one name: a state ("Russian Federation", "Saudi Arabia"), an organisation
  // ("Cambodian People's Party") or a given name ("Christian").
  const chunkText = () => sentenceText.slice(terms[0]!.start, terms.at(-1)!.end);
  const isStateName = /^(?:federation|republic|kingdom|emirates)$/i.test(terms.at(-1)!.text) || isKnownPlace(chunkText());
  const isOrgName = terms.some((t) => ORG_WORD.test(t.text.replace(/['’]s$/, '')));
  while (!isStateName && !isOrgName && terms.length > 1 && ((isNationality(terms[0]!.text) && !has(terms[0]!, 'FirstName')) || /-based$/i.test(terms[0]!.text))) terms.shift();
  // "London-based", "US-backed Contra": a describing word before a name is not part of it.
  while (terms.length > 1 && (DESCRIBING_SUFFIX.test(terms[0]!.text) || terms[0]!.text === '-')) terms.shift();
  return terms;
}
