/** @module Word lists the entity rules share: titles, organisation and place words, cues before and after a name. */
import { compromiseLexicon, lexiconTags } from './load-compromise.js';

/** compromise's tags that mark a word as (part of) a name. */
export const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Honorific', 'Acronym', 'SportsTeam', 'Demonym']);
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'] as const;

/** Titles compromise's lexicon lacks; its Actor and Honorific words are added on first use (see `titles`). */
const ROLE = new Set(
  'former secretary general president minister deputy foreign spokesman spokeswoman correspondent director chief coordinator mr mrs ms dr sir speaker conservative labour envoy commander leader prime ambassador king pope sheikh emir sultan senator governor cardinal strongman vice premier magistrate judge prosecutor official officials'.split(' '),
);

/** Titles and role nouns, from compromise's lexicon (its Actor and Honorific words) and ours. */
export interface Titles {
  /** Words that stand before a name and are not part of it: "President", "magistrate", "Prince". */
  readonly words: ReadonlySet<string>;
  /** Abbreviated titles, titles only when written with their full stop: "Gen.", "Sen." ("Hun Sen" is a name). */
  readonly abbreviations: ReadonlySet<string>;
}
let titlesLoaded: Titles | null = null;

export function titles(): Titles {
  if (titlesLoaded !== null) return titlesLoaded;
  const words = new Set(ROLE);
  const abbreviations = new Set<string>();
  for (const word of Object.keys(compromiseLexicon())) {
    const tags = lexiconTags(word)!;
    if (word.includes(' ')) continue;
    if (tags.includes('Abbreviation') && tags.includes('Honorific')) abbreviations.add(word);
    else if (tags.includes('Actor') || tags.includes('Honorific')) words.add(word);
  }
  titlesLoaded = { words, abbreviations };
  return titlesLoaded;
}

/**
 * What follows "of"/"for" in a title and still belongs to it: "Secretary of State", "Minister for
 * Foreign Affairs", "Chief of Staff". The name starts after these words.
 */
export const TITLE_COMPLEMENT = /^(?:the|state|defen[cs]e|finance|justice|interior|staff|foreign|home|internal|external|affairs|trade|commerce|treasury|health|education|labou?r|agriculture|energy|transport|information|culture|economy|economic|industry|security|homeland|public|national|house|exchequer|war|works|environment|relations)$/i;
/** A minister's field, printed before the title: "Defense Minister", "Foreign Trade Minister". */
export const TITLE_SUBJECT = /^(?:defen[cs]e|foreign|finance|interior|justice|health|education|trade|commerce|agriculture|energy|transport|information|culture|industry|labou?r|environment|treasury|home)$/i;
/**
 * Lower-case words inside one name: "Secretary of State", "Osama bin Laden", and the particles of place and
 * family names in many languages ("Dar es Salaam", "Rio de Janeiro", "Ciudad del Este", "Leonardo da Vinci").
 */
export const CONNECTOR = new Set(['for', 'of', 'al', 'de', 'bin', 'el', 'and', 'es', 'del', 'da', 'dos', 'das', 'du', 'des', 'der', 'la', 'von']);
export const PARTY_ADJECTIVE = /^(?:democratic|republican)$/i;
/** Words that make a name an organisation, capitalised or not ("UN Human Rights office", "Efe news agency"). */
export const ORG_WORD = /^(?:observatory|office|council|ministry|army|agency|society|nations|guards?|helmets|news|union|organi[sz]ations?|group|government|military|defence|defense|forces|committee|commission|party|front|brigades?|monitor|institute|network|assembly|parliament|senate|congress|court|tribunal|bank|corporation|corp|company|association|league|alliance|movement|foundation|fund|bureau|department|authority|administration|university|college|church|police|navy|airlines|airways|cabinet|representatives|house)$/i;
export const LOWER_ORG_TAIL = /^(?:news|agency|office|ministry|army|government|military|group|council|defence|defense|forces)$/;
export const PLACE_WORD = /^(?:province|neighbourhood|neighborhood|city|district|governorate|region)$/i;
export const KNOWN_PLACE_ACRONYM = new Set(['UK', 'US', 'USA', 'UAE', 'EU']);
export const NOT_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|according|however|meanwhile|while|if|he|she|it|they|we|i|there|this|that|overnight|amid|as|after|in|on|at|for|one|other|every)$/i;
/** What follows a person's name: "Hunter said", "Ahmad Dbais, director of hospitals". */
export const SPEAKER_AFTER = /^[\s,]*(?:said|says|told|added|claimed|who)\b|^,\s+(?:a|the)\s+(?:member|director|spokesman|resident|chief)\b/i;
/** A title in apposition after a name: ", the White House chief of staff,", ", the science minister,". */
export const APPOSITION = /^,\s+(?:a|an|the|his|her|its|their)\s+((?:[\p{L}.'’-]+\s+){0,4}?)(\p{L}+)(?=\s+of\b|\s*[,.;:)]|\s+(?:who|and|said|says)\b)/u;
/** A name turned into a describing word: "al-Qaida-linked", "Hun Sen-friendly", "US-backed". */
export const DESCRIBING_SUFFIX = /-(?:linked|backed|based|led|held|controlled|friendly|allied|aligned|affiliated|inspired|style|born|made|built|owned|run|funded|sponsored)$|-\p{Ll}{2,}ed$/iu;
/** Names of events and agreements, none of the three kinds: "Paris Peace Accords", "Asian Games". */
export const EVENT_WORD = /^(?:accords?|agreements?|treaty|treaties|conference|summit|games|cup|olympics|championships?|war|uprising|revolution|spring|protocol|convention|act|festival|prize|award)$/i;
/** Names of weather systems: "Hurricane Mitch" is neither a person nor a place. */
export const STORM = /^(?:hurricane|typhoon|cyclone|tropical storm|storm)$/i;
/** What follows the name of an armed group: "Khmer Rouge guerrillas", "Houthi rebels" (a place's are typed first). */
export const ARMED_GROUP_AFTER = /^\s+(?:rebels|guerrillas|militants|insurgents|fighters)\b/i;
/** "-stan", Persian for land, ends names of places: "Kazakstan" (as 1990s wire copy spelt it), "Kurdistan", "Tatarstan"; not "Tristan". */
export const LAND_SUFFIX = /^\p{Lu}\p{Ll}{3,}stan$/u;
/** Common nouns a place's name modifies: "the Baikonur launch pad", "the Tampa area", "the Kandahar airport". */
export const PLACE_AFTER = /^\s+(?:launch\s?pad|cosmodrome|spaceport|airport|air\s?base|airfield|border|region|area|countryside|outskirts|suburbs?|valley|coast|harbou?r|port)\b/i;
/** A place's kind and "of" before its name: "the settlement of Ariel", "the West Bank town of Ramallah", "a suburb of Buffalo". */
export const PLACE_KIND_OF = /\b(?:towns?|villages?|city|cities|settlements?|suburbs?|provinces?|states?|islands?|ports?|regions?|districts?|governorates?|municipality|county|capital)\s+of\s+$/i;
/** Words a place name follows: "near Tapachula", "in the western Caribbean", "rebel-held Idlib". */
export const PLACE_BEFORE = /(?:\b(?:in|near|outside|across|throughout|into|toward|towards)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?|-(?:held|controlled)\s+|\b(?:areas?|neighbou?rhoods?|districts?|towns?|villages?|cities|regions?|provinces?)\s+(?:including|such as|like)\s+)$/i;
