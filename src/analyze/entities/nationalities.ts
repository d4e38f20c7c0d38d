/** @module Country names and the nationality words made from them, so "Chilean" is never read as a name and "Britain" is a place. */

// Written once for every UN member state and the territories most often in the news: the English short
// names of ISO 3166-1 (as in Debian's iso-codes) plus the forms news copy uses ("Britain", "Burma"), and
// the common English demonyms beside them (adjective, then irregular nouns for the people: "Spaniards").
// compromise's lexicon has about half of these (no "British", "Spanish", "Turkish", no "Britain"), so
// it is not relied on here. Regular plurals ("Syrians") are made from the adjective in code. "Khmer" is
// left out: in news it is mostly the first word of a name ("Khmer Rouge").
const TABLE = `
Afghanistan:Afghan,Afghani|Albania:Albanian|Algeria:Algerian|Andorra:Andorran|Angola:Angolan|Antigua and Barbuda:Antiguan|
Argentina:Argentine,Argentinian|Armenia:Armenian|Australia:Australian,Aussie|Austria:Austrian|Azerbaijan:Azerbaijani,Azeri|
Bahamas:Bahamian|Bahrain:Bahraini|Bangladesh:Bangladeshi|Barbados:Barbadian|Belarus:Belarusian|Belgium:Belgian|Belize:Belizean|
Benin:Beninese|Bhutan:Bhutanese|Bolivia:Bolivian|Bosnia and Herzegovina,Bosnia:Bosnian,Herzegovinian|Botswana:Botswanan,Motswana,Batswana|
Brazil:Brazilian|Brunei:Bruneian|Bulgaria:Bulgarian|Burkina Faso:Burkinabe|Burundi:Burundian|Cabo Verde,Cape Verde:Cape Verdean|
Cambodia:Cambodian|Cameroon:Cameroonian|Canada:Canadian|Central African Republic:Central African|Chad:Chadian|Chile:Chilean|
China:Chinese|Colombia:Colombian|Comoros:Comoran,Comorian|Congo:Congolese|Democratic Republic of the Congo:Congolese|
Costa Rica:Costa Rican|Cote d'Ivoire,Côte d'Ivoire,Ivory Coast:Ivorian|Croatia:Croatian,Croat|Cuba:Cuban|Cyprus:Cypriot|
Czech Republic,Czechia:Czech|Denmark:Danish,Dane|Djibouti:Djiboutian|Dominica:Dominican|Dominican Republic:Dominican|
East Timor,Timor-Leste:East Timorese,Timorese|Ecuador:Ecuadorian,Ecuadorean|Egypt:Egyptian|El Salvador:Salvadoran,Salvadorean|
Equatorial Guinea:Equatorial Guinean,Equatoguinean|Eritrea:Eritrean|Estonia:Estonian|Eswatini,Swaziland:Swazi|Ethiopia:Ethiopian|
Fiji:Fijian|Finland:Finnish,Finn|France:French,Frenchman,Frenchwoman,Frenchmen|Gabon:Gabonese|Gambia:Gambian|Georgia:Georgian|
Germany:German|Ghana:Ghanaian|Greece:Greek|Grenada:Grenadian|Guatemala:Guatemalan|Guinea:Guinean|Guinea-Bissau:Bissau-Guinean|
Guyana:Guyanese|Haiti:Haitian|Honduras:Honduran|Hungary:Hungarian|Iceland:Icelandic,Icelander|India:Indian|Indonesia:Indonesian|
Iran:Iranian,Persian|Iraq:Iraqi|Ireland:Irish,Irishman,Irishmen|Israel:Israeli|Italy:Italian|Jamaica:Jamaican|Japan:Japanese|
Jordan:Jordanian|Kazakhstan:Kazakh,Kazakhstani|Kenya:Kenyan|Kiribati:I-Kiribati|Kosovo:Kosovar,Kosovan|Kuwait:Kuwaiti|
Kyrgyzstan:Kyrgyz|Laos:Lao,Laotian|Latvia:Latvian|Lebanon:Lebanese|Lesotho:Basotho,Mosotho|Liberia:Liberian|Libya:Libyan|
Liechtenstein:Liechtensteiner|Lithuania:Lithuanian|Luxembourg:Luxembourgish,Luxembourger|Madagascar:Malagasy|Malawi:Malawian|
Malaysia:Malaysian|Maldives:Maldivian|Mali:Malian|Malta:Maltese|Marshall Islands:Marshallese|Mauritania:Mauritanian|
Mauritius:Mauritian|Mexico:Mexican|Micronesia:Micronesian|Moldova:Moldovan|Monaco:Monegasque|Mongolia:Mongolian|
Montenegro:Montenegrin|Morocco:Moroccan|Mozambique:Mozambican|Myanmar,Burma:Burmese,Myanmarese|Namibia:Namibian|Nauru:Nauruan|
Nepal:Nepali,Nepalese|Netherlands,Holland:Dutch,Dutchman,Dutchmen|New Zealand:New Zealander,Kiwi|Nicaragua:Nicaraguan|
Niger:Nigerien|Nigeria:Nigerian|North Korea:North Korean|North Macedonia,Macedonia:Macedonian|Norway:Norwegian|Oman:Omani|
Pakistan:Pakistani|Palau:Palauan|Palestine:Palestinian|Panama:Panamanian|Papua New Guinea:Papua New Guinean|Paraguay:Paraguayan|
Peru:Peruvian|Philippines:Filipino,Philippine,Filipina|Poland:Polish,Pole|Portugal:Portuguese|Qatar:Qatari|Romania:Romanian|
Russia,Russian Federation:Russian|Rwanda:Rwandan|Saint Kitts and Nevis:Kittitian|Saint Lucia:Saint Lucian|
Saint Vincent and the Grenadines:Vincentian|Samoa:Samoan|San Marino:Sammarinese|Sao Tome and Principe:Sao Tomean|
Saudi Arabia:Saudi,Saudi Arabian|Senegal:Senegalese|Serbia:Serbian,Serb|Seychelles:Seychellois|Sierra Leone:Sierra Leonean|
Singapore:Singaporean|Slovakia:Slovak,Slovakian|Slovenia:Slovenian,Slovene|Solomon Islands:Solomon Islander|Somalia:Somali|
South Africa:South African|South Korea:South Korean|South Sudan:South Sudanese|Spain:Spanish,Spaniard|Sri Lanka:Sri Lankan|
Sudan:Sudanese|Suriname:Surinamese|Sweden:Swedish,Swede|Switzerland:Swiss|Syria:Syrian|Taiwan:Taiwanese|Tajikistan:Tajik|
Tanzania:Tanzanian|Thailand:Thai|Togo:Togolese|Tonga:Tongan|Trinidad and Tobago:Trinidadian,Tobagonian|Tunisia:Tunisian|
Turkey,Türkiye:Turkish,Turk|Turkmenistan:Turkmen|Tuvalu:Tuvaluan|Uganda:Ugandan|Ukraine:Ukrainian|
United Arab Emirates,UAE:Emirati|United Kingdom,Britain,Great Britain,UK:British,Briton,Brit|England:English,Englishman,Englishmen|
Scotland:Scottish,Scot,Scots|Wales:Welsh,Welshman|Northern Ireland:Northern Irish|United States,United States of America,America,USA,US,U.S.:American|
Uruguay:Uruguayan|Uzbekistan:Uzbek|Vanuatu:Ni-Vanuatu|Vatican City,Holy See,Vatican:Vatican|Venezuela:Venezuelan|Vietnam:Vietnamese|
Yemen:Yemeni|Zambia:Zambian|Zimbabwe:Zimbabwean|Yugoslavia:Yugoslav|Soviet Union,USSR:Soviet|Hong Kong:Hong Konger|Puerto Rico:Puerto Rican|
Greenland:Greenlandic|Tibet:Tibetan|Kurdistan:Kurdish,Kurd|Chechnya:Chechen|Catalonia:Catalan|Basque Country:Basque|
Europe:European|Africa:African|Asia:Asian|Latin America:Latin American|Arabia:Arab,Arabian|Scandinavia:Scandinavian|
Balkans:Balkan|Caribbean:Caribbean|Middle East:Middle Eastern|Western Sahara:Sahrawi|Gaza:Gazan
`;

/** Adjectives of faith and community that prefix names as nationalities do ("Shiite militias"); not places. */
const COMMUNITY_ADJECTIVES = ['Shiite', 'Shia', "Shi'ite", 'Sunni', 'Alawite', 'Druze', 'Muslim', 'Christian', 'Jewish', 'Hindu', 'Sikh', 'Buddhist', 'Catholic', 'Protestant', 'Orthodox', 'Maronite', 'Coptic', 'Pashtun', 'Tamil', 'Hutu', 'Tutsi', 'Uighur', 'Uyghur', 'Rohingya', 'Yazidi'];

/** Each name of a country, lower-cased, to the first name of its row: "uk" and "britain" to "united kingdom". */
const COUNTRIES = new Map<string, string>();
const NATIONALITY_WORDS = new Set<string>();

for (const row of TABLE.replace(/\n/g, '').split('|')) {
  const [names, words] = row.split(':') as [string, string];
  const first = names.split(',')[0]!.toLowerCase();
  for (const name of names.split(',')) if (!COUNTRIES.has(name.toLowerCase())) COUNTRIES.set(name.toLowerCase(), first);
  for (const word of words.split(',')) {
    const w = word.toLowerCase();
    NATIONALITY_WORDS.add(w);
    // "Syrians", "Israelis"; the -ese, -ish and -ch adjectives have no plural ("the Chinese").
    if (!/(?:ese|ish|ch|ss|sh)$/.test(w)) NATIONALITY_WORDS.add(`${w}s`);
    if (w.endsWith('man')) NATIONALITY_WORDS.add(`${w.slice(0, -3)}men`);
  }
}
for (const word of COMMUNITY_ADJECTIVES) {
  NATIONALITY_WORDS.add(word.toLowerCase());
  NATIONALITY_WORDS.add(`${word.toLowerCase()}s`);
}
// "Caribbean" is both a place and its adjective; as a name alone it is the place.
NATIONALITY_WORDS.delete('caribbean');

/**
 * A nationality or community word, alone or hyphenated ("Swiss-Chilean"), with "pro-"/"anti-" before
 * it ("pro-Syrian"): words that describe a name, never are one.
 */
export function isNationality(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '').replace(/^(?:pro|anti|non)-/, '');
  if (NATIONALITY_WORDS.has(w)) return true;
  const parts = w.split('-');
  return parts.length > 1 && parts.every((p) => NATIONALITY_WORDS.has(p));
}

/** A country (or a region news copy names like one) by any of its usual English names: "Britain", "Russian Federation". */
export function isCountryName(name: string): boolean {
  return countryOf(name) !== undefined;
}

/** The one name a country's names share, for merging "Britain" with "UK": undefined when `name` is no country's. */
export function countryOf(name: string): string | undefined {
  return COUNTRIES.get(name.toLowerCase().replace(/^the\s+/, ''));
}
