/** @module Which sentences cannot stand alone: their opening leans on the sentence before them. */

// A sentence leans on its predecessor when its first words only make sense with that sentence before it
// (Halliday & Hasan's cohesive ties, at the one place a summary breaks them: the opening):
// - a discourse connective that relates it to what was just said ("However, ...", "But ...", "Instead, ...");
// - a third-person or demonstrative pronoun whose antecedent lies before it ("He then ...", "That meant ...");
// - a shell noun or bare general noun with "the" that points back at an event or actor named before it
//   ("The move was aimed at ...", "The company said ...");
// - a determiner of comparison or totality over things named before it ("Both ...", "Another ...", "Such ...");
// - existential "there", which in running news text continues a scene ("There were no reports of ...").
// "So" leans only as "So, ...": "So grateful to everyone ..." is an intensifier opening a sentence of its own.
// Demonstratives in a time phrase ("This week", "That year") point at the report's date, not at a sentence,
// and are read as standing alone.
const CONNECTIVES = [
  'however', 'but', 'and', 'yet', 'still', 'also', 'instead', 'meanwhile', 'moreover', 'furthermore',
  'besides', 'nevertheless', 'nonetheless', 'otherwise', 'thus', 'hence', 'therefore', 'so(?=\\s*,)', 'then',
  'consequently', 'likewise', 'similarly', 'accordingly', 'afterwards', 'afterward', 'indeed',
  'in addition', 'as a result', 'in turn', 'even so', 'by contrast', 'in contrast', 'on the other hand',
];
const PRONOUNS = [
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'theirs', 'hers',
  'this', 'that', 'these', 'those', 'there',
];
const DETERMINERS = ['such', 'both', 'neither', 'either', 'another', 'other', 'others', 'the other', 'the others', 'the same', 'the latter', 'the former'];
const SHELL_NOUNS = [
  'move', 'moves', 'decision', 'step', 'announcement', 'statement', 'remarks', 'comments', 'incident', 'attack',
  'attacks', 'plan', 'deal', 'measure', 'measures', 'report', 'reports', 'proposal', 'agreement', 'ruling',
  'group', 'company', 'agency', 'official', 'officials', 'man', 'woman', 'men', 'women', 'couple', 'pair',
  'victim', 'victims', 'suspect', 'suspects', 'case', 'letter', 'talks',
];
const TIME_NOUNS = [
  'week', 'weeks', 'year', 'years', 'month', 'months', 'morning', 'afternoon', 'evening', 'night', 'day', 'days',
  'weekend', 'summer', 'winter', 'spring', 'fall', 'autumn', 'season', 'time', 'century', 'decade',
];

const alternatives = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

// A general noun followed by what restricts it ("The man accused of orchestrating ...", "The plan to ...",
// "The company that makes ...") names its referent itself and does not lean.
const RESTRICTERS = [
  'who', 'whom', 'whose', 'which', 'that', 'of', 'to', 'for', 'from', 'behind', 'accused', 'charged', 'suspected',
  'wanted', 'named', 'called', 'known', 'responsible', 'convicted', 'arrested', 'killed', 'injured', 'found',
];

const LEANING = new RegExp(
  `^[\\s"'\\u201c\\u2018(\\[]*(?:${alternatives(CONNECTIVES)}|${alternatives(PRONOUNS)}|${alternatives(DETERMINERS)}|the\\s+(?:${alternatives(SHELL_NOUNS)})(?!\\s+(?:${alternatives(RESTRICTERS)})\\b))\\b` +
    `(?!\\s+(?:${alternatives(TIME_NOUNS)})\\b)`,
  'i',
);

/** Whether `text` opens by leaning on the sentence before it in its report. */
export function leansOnPrevious(text: string): boolean {
  return LEANING.test(text);
}

// A connective that only relates a sentence to the one before it can be left out when the sentence is said
// on its own: "But Primakov said the plan would depend on the IMF loan" states, without its "But", exactly
// what its report states. Pronouns and shell nouns cannot be left out (their referent would be lost), so a
// sentence that still leans after its connective is gone needs its predecessor. The coordinating ones (but,
// and, yet, then) go with or without a comma ("Then Angola ... intervened"); adverbs only when a comma marks
// them as sentence adverbs ("Still, ..."; not "Still missing are ...").
const DROPPABLE = new RegExp(
  `^(?:(?:but|and|yet|then)\\b,?|(?:however|meanwhile|moreover|furthermore|besides|nevertheless|nonetheless|instead|still|also|thus|hence|therefore|so|consequently|likewise|similarly|indeed|in addition|as a result|in turn|even so|by contrast|in contrast|on the other hand)\\s*,)\\s+(?=\\S)`,
  'i',
);

/** How many leading characters of `text` are a connective that may be left out (0 when there is none). */
export function droppableConnective(text: string): number {
  const match = DROPPABLE.exec(text);
  return match ? match[0].length : 0;
}

/** `text` as said on its own: without a droppable connective, its new first letter capitalised. */
export function withoutConnective(text: string): string {
  const cut = droppableConnective(text);
  if (cut === 0) return text;
  const rest = text.slice(cut);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Whether `text` can be said with no sentence before it: it leans on none once a droppable connective is gone. */
export function standsAlone(text: string): boolean {
  return !leansOnPrevious(withoutConnective(text));
}
