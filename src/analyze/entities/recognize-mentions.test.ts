import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { findEntities } from './find-entities.js';
import { isCountryName, isNationality } from './nationalities.js';

function entities(...texts: string[]) {
  return findEntities(texts.map((text, i) => reportFromText({ id: `r${i}`, text })));
}

/** "name (type)" of every entity, sorted, for whole-list comparisons. */
function listed(...texts: string[]): string[] {
  return entities(...texts).map((e) => `${e.name} (${e.type})`).sort();
}

test('titles and role words are cut off the names they stand before, "of State" included', () => {
  assert.deepEqual(listed('Secretary of State Nobutaka Machimura met King Norodom Sihanouk on Monday.'), ['Nobutaka Machimura (person)', 'Norodom Sihanouk (person)']);
  assert.deepEqual(listed('The arrest of Gen. Augusto Pinochet was sought by Spanish magistrate Baltasar Garzon on Friday.'), ['Augusto Pinochet (person)', 'Baltasar Garzon (person)']);
  // Role words inside an organisation's name stay: "for Human Rights", "Secretary General" alone is no one.
  assert.deepEqual(listed('The Syrian Observatory for Human Rights said the Secretary General was alarmed.'), ['Syrian Observatory for Human Rights (organization)']);
});

test('nationality words are never names, alone, hyphenated or before a name', () => {
  assert.deepEqual(listed('A Cambodian official said the Swiss-Chilean student and a Honduran farmer spoke to Chilean reporters.'), []);
  assert.deepEqual(listed('The former Chilean dictator Augusto Pinochet was arrested.'), ['Augusto Pinochet (person)']);
  assert.equal(isNationality('pro-Syrian'), true);
  assert.equal(isNationality('Turkish'), true);
  assert.equal(isNationality('Turkey'), false);
});

test('an organisation named with a possessive plural is kept whole, and its initials merge with it', () => {
  const found = entities("Hun Sen's Cambodian People's Party won 64 seats. The CPP will lead the government.");
  assert.deepEqual(found.map((e) => [e.name, e.type, e.aliases]).sort(), [
    ["Cambodian People's Party", 'organization', ['CPP']],
    ['Hun Sen', 'person', []],
  ]);
});

test('a storm is no entity, by its full name or, in any report, its bare name', () => {
  assert.deepEqual(listed('Hurricane Mitch hit Honduras on Wednesday.', 'Mexico reported one death from Mitch last Monday.'), ['Honduras (place)', 'Mexico (place)']);
});

test("one country's names are one place; a state's long name is a place, not an organisation", () => {
  const found = entities('The debate on what the UK can do was held in London.', 'Syria accused Britain and the Russian Federation. Russia denied it.');
  const names = found.map((e) => [[e.name, ...e.aliases].sort().join('/'), e.type]).sort();
  assert.deepEqual(names, [['Britain/UK', 'place'], ['London', 'place'], ['Russia/Russian Federation', 'place'], ['Syria', 'place']]);
  assert.equal(isCountryName('Great Britain'), true);
});

test('places: after "near" or "in the", a known city ending the name, and known places whose names start with a title or nationality', () => {
  assert.deepEqual(listed('The storm was near Tapachula and drifted in the western Caribbean.'), ['Caribbean (place)', 'Tapachula (place)']);
  assert.deepEqual(listed("Police guarded Hun Sen's Phnom Penh residence."), ['Hun Sen (person)', 'Phnom Penh (place)']);
  assert.deepEqual(listed('Clinics in British Columbia and Prince Edward Island closed.'), ['British Columbia (place)', 'Prince Edward Island (place)']);
});

test('a capitalised common word opening a sentence is not a name, even after a sentence the splitter joined', () => {
  assert.deepEqual(listed('The election was narrowly won by Hun Sen. Key to the agreement was a Senate.'), ['Hun Sen (person)', 'Senate (organization)']);
});

test('a name with a generational suffix merges with the name without it', () => {
  const found = entities('Pope John Paul II appealed for aid.', 'The cosmonauts gave John Paul a spacesuit.');
  assert.deepEqual(found.map((e) => [e.name, e.type, e.aliases, e.mentions]), [['John Paul II', 'person', ['John Paul'], 2]]);
});

test('names listed with a place are places, unless they are nationalities or firmly people', () => {
  assert.deepEqual(listed('Troops took six areas including Jabal Badra, Baadeeen, Inzarat and Ain al-Tall.'), [
    'Ain al-Tall (place)', 'Baadeeen (place)', 'Inzarat (place)', 'Jabal Badra (place)',
  ]);
  const found = listed('Richard Hausknecht spoke. When the pill came to France and to Edinburgh, Scotland, Hausknecht said, abortions fell.', 'Clinics in Manitoba, Canadian and Ontario towns closed.');
  assert.ok(found.includes('Richard Hausknecht (person)') && !found.some((e) => /^(?:Hausknecht|Canadian) \(place\)$/.test(e)), found.join(', '));
});

test('describing forms, events and title complements are not names', () => {
  assert.deepEqual(listed('A Hun Sen-friendly court met on the anniversary of the 1991 Paris Peace Accords.'), []);
  assert.deepEqual(listed('He testified before the Senate Committee on Foreign Relations.'), ['Senate Committee (organization)']);
});

test("a title's subject before it ('Defense Minister', 'Defence minister') is part of the title, not an organisation", () => {
  assert.deepEqual(listed('Yeltsin was accompanied by Defense Minister Igor Sergeyev and Foreign Minister Igor Ivanov.'), ['Igor Ivanov (person)', 'Igor Sergeyev (person)']);
  assert.deepEqual(listed('1981: Defense minister in the government. Israeli Defence Minister Yitzhak Mordechai agreed.'), ['Yitzhak Mordechai (person)']);
  assert.deepEqual(listed('He left the Defense Ministry. Foreign Ministry Spokesman Zhu Bangzao spoke.'), ['Defense Ministry (organization)', 'Zhu Bangzao (person)']);
});

test("a field word inside a name before a title stays: 'White House spokesman', 'Office of Civil Defense Administrator'", () => {
  assert.deepEqual(listed('He met White House Chief of Staff Erskine Bowles. The Office of Civil Defense Administrator Jose Mayo agreed.'), ['Erskine Bowles (person)', 'Jose Mayo (person)', 'Office of Civil Defense (organization)', 'White House (organization)']);
});

test("only a minister's or secretary's field goes with the title: 'Syria Civil Defence activist group' stays an organisation", () => {
  assert.deepEqual(listed('The Syria Civil Defence activist group pleaded for safe passage.'), ['Syria Civil Defence (organization)']);
});

test('a name before "guerrillas" or "rebels" is an armed group, and a title before it goes with the noun, not the name', () => {
  assert.deepEqual(listed('His party and former Khmer Rouge guerrillas had been implicated. Senior Khmer Rouge rebels defected.'), ['Khmer Rouge (organization)']);
  assert.deepEqual(listed('Former Senator Bob Kerrey spoke to rebels in Aleppo.'), ['Aleppo (place)', 'Bob Kerrey (person)']);
});

test('a describing word before a name ("U.S.-backed") is cut off it', () => {
  assert.deepEqual(listed('Aid went to U.S.-backed Contra rebels in Nicaragua.'), ['Contra (organization)', 'Nicaragua (place)']);
});

test('a name ending in "-stan" (land) is a place, in any spelling: "Kazakstan"', () => {
  assert.deepEqual(listed("The antenna failed to open after Zarya's Nov. 20 launch from Kazakstan.", 'Rebels in Tatarstan and Tristan Jones said so.'), ['Kazakstan (place)', 'Tatarstan (place)', 'Tristan Jones (person)']);
});

test('a name before "launch pad", "area", "border" is a place; a describing word there is not a name', () => {
  assert.deepEqual(listed('The rocket soared into the sky from the Baikonur launch pad on Friday.'), ['Baikonur (place)']);
  assert.deepEqual(listed('He lives in an Israeli-controlled area. Police patrolled the Austro-Italian border.'), []);
});

test('a person "of" a place is two names, the person ending before "of"; "of" names of bodies and titles stay whole', () => {
  assert.deepEqual(listed('Rep. Dick Gephardt of Missouri, the Democratic leader, spoke.'), ['Dick Gephardt (person)', 'Missouri (place)']);
  // The place is the person's, not an item of a list of places: "Yasser Arafat", unknown to the lexicon, stays untyped.
  assert.deepEqual(listed('He met Prime Minister Benjamin Netanyahu of Israel and Yasser Arafat on Monday.'), ['Benjamin Netanyahu (person)', 'Israel (place)']);
  assert.deepEqual(listed('He met Prime Minister Benjamin Netanyahu of Israel and Yasser Arafat, who spoke.'), ['Benjamin Netanyahu (person)', 'Israel (place)', 'Yasser Arafat (person)']);
  assert.deepEqual(listed('Sen. Trent Lott of Mississippi met Rep. David Dreier of New York.'), ['David Dreier (person)', 'Mississippi (place)', 'New York (place)', 'Trent Lott (person)']);
  assert.deepEqual(listed('The Bank of America and the University of Texas hired Secretary of State Madeleine Albright.'), ['Bank of America (organization)', 'Madeleine Albright (person)', 'University of Texas (organization)']);
});

test('a middle initial with its full stop stays inside a name: "Michael P. Forbes", "John A. Boehner"', () => {
  assert.deepEqual(listed('Rep. Michael P. Forbes voted, and so did John A. Boehner on Friday.'), ['John A. Boehner (person)', 'Michael P. Forbes (person)']);
  assert.deepEqual(listed('Reps. Robert L. Livingston of Louisiana said he would run.'), ['Louisiana (place)', 'Robert L. Livingston (person)']);
});

test('"House" names a legislative chamber or the White House, an organisation, not a place', () => {
  assert.deepEqual(listed('The White House said the House would vote, and House Speaker Newt Gingrich agreed.'), ['House (organization)', 'Newt Gingrich (person)', 'White House (organization)']);
});

test('a month abbreviated with its full stop is a date, not a name: "Nov. 3"; "Jan Egeland" is still a name', () => {
  assert.deepEqual(listed('The vote on Nov. 3 in Texas was followed on Sept. 5 by another. Jan Egeland said so.'), ['Jan Egeland (person)', 'Texas (place)']);
});

test('a name before any "-ed" participle describes something ("the U.S.-brokered accord", "Israeli-occupied"), and names no organisation', () => {
  assert.deepEqual(listed('The U.S.-brokered accord was signed in Washington, and Israel-occupied areas were returned.'), ['Washington (place)']);
});

test('a bank named by a compass point is a river bank, a place ("the West Bank"); "World Bank" stays an organisation', () => {
  assert.deepEqual(listed('Settlers in the West Bank wrote to the World Bank.'), ['West Bank (place)', 'World Bank (organization)']);
});

test('a name after "the town of", "the settlement of", "a suburb of" is a place, even a given name: "the settlement of Ariel"', () => {
  assert.deepEqual(listed('Settlers clashed outside the Jewish settlement of Ariel and in a suburb of Hamilton on Sunday.'), ['Ariel (place)', 'Hamilton (place)']);
});

test('a name followed by a title in apposition is a person: "Erskine Bowles, the White House chief of staff", "Silvan Shalom, the science minister,"', () => {
  assert.deepEqual(listed('Gephardt complained to Erskine Bowles, the White House chief of staff, on Monday.'), ['Erskine Bowles (person)', 'White House (organization)']);
  assert.deepEqual(listed('"Who invited him?" Silvan Shalom, the science minister, reportedly asked. He flew to Gaza, the Palestinian seat of government.'), ['Gaza (place)', 'Silvan Shalom (person)']);
});

test("a two-word name in the possessive before an organisation's name owns it and is not itself an organisation: \"Yasser Arafat's Palestinian Authority\"", () => {
  assert.deepEqual(listed("Israel says Yasser Arafat's Palestinian Authority is to blame."), ['Israel (place)', 'Palestinian Authority (organization)']);
});

test('a party\'s members by the plural of its describing word ("Republicans", "Socialists") are an organisation, not a place or person', () => {
  assert.deepEqual(listed('In Texas, Republicans and Socialists met Democrats.'), ['Democrats (organization)', 'Republicans (organization)', 'Socialists (organization)', 'Texas (place)']);
  // Not every capitalised plural: "Rights" of a broken name, "the Great Plains".
  assert.deepEqual(listed('They spoke of Rights with Rebels.'), []);
});

test('a leader\'s side belongs to the title: "Senate Majority Leader Trent Lott" is the Senate and a person, no "Senate Majority"', () => {
  assert.deepEqual(listed('When Senate Majority Leader Trent Lott appears on television, the talks stall.'), ['Senate (organization)', 'Trent Lott (person)']);
});

test('a party\'s adjective describes the noun after it: "a House Democratic official", "the Republican state treasurer"', () => {
  assert.deepEqual(listed('"We were cut out," said a House Democratic official.'), ['House (organization)']);
  assert.deepEqual(listed('She faces the Republican state treasurer, Matt Fong, in November.'), ['Matt Fong (person)']);
});

test('"and" inside an organisation\'s name joins it ("Food and Drug Administration"); two names stay two', () => {
  assert.deepEqual(listed('The drug was approved by the Food and Drug Administration last year.'), ['Food and Drug Administration (organization)']);
  assert.deepEqual(listed('The House Ways and Means Committee met on Friday.'), ['House Ways and Means Committee (organization)']);
  // Not "Staples and Office Depot": the organisation word has to end the name.
  assert.deepEqual(listed('The merger of Staples and Office Depot was blocked.'), ['Office Depot (organization)']);
});

test("a name's lower-case particles keep it whole: places and people of many languages", () => {
  const names = listed('Bombs hit the embassies in Dar es Salaam and Nairobi.', 'Flights from Rio de Janeiro and Ciudad del Este were cancelled.').filter((n) => n.endsWith('(place)'));
  assert.deepEqual(names, ['Ciudad del Este (place)', 'Dar es Salaam (place)', 'Nairobi (place)', 'Rio de Janeiro (place)']);
  // A particle with no capitalised word after it joins nothing: "Paris la nuit" stays "Paris".
  assert.deepEqual(listed('He walked through Paris la nuit before dawn.').filter((n) => n.startsWith('Paris')), ['Paris (place)']);
});
