import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportFromText } from '../../ingest/index.js';
import { findEntities } from './find-entities.js';
import { initials, nameKey } from './merge-entities.js';

function entities(...texts: string[]) {
  return findEntities(texts.map((text, i) => reportFromText({ id: `r${i}`, text })));
}

test('an acronym printed after a name and its later uses are one organisation', () => {
  const found = entities('The Syrian Observatory for Human Rights (SOHR), a war monitor based in Britain, confirmed the fighting. "Every hour, butcheries are carried out," the SOHR said.');
  const sohr = found.find((e) => e.name === 'Syrian Observatory for Human Rights');
  assert.deepEqual([sohr?.type, sohr?.aliases, sohr?.mentions], ['organization', ['SOHR'], 2]);
});

test('spelling variants and case merge people across reports', () => {
  const found = entities(
    '"The rebels have lost ground," chief of the monitoring group Rami Abdel Rahman said. Former UN Secretary General Ban Ki-moon expressed alarm.',
    'The director of the Syrian Observatory for Human Rights, Rami Abdulrahman, said rebels withdrew. UN General Secretary Ban Ki-Moon said he is alarmed.',
  );
  const rami = found.find((e) => e.name.startsWith('Rami'));
  const ban = found.find((e) => e.name.startsWith('Ban'));
  assert.deepEqual([rami?.mentions, rami?.reports, [rami!.name, ...rami!.aliases].sort()], [2, 2, ['Rami Abdel Rahman', 'Rami Abdulrahman']]);
  assert.deepEqual([ban?.type, ban?.mentions, [ban!.name, ...ban!.aliases].sort()], ['person', 2, ['Ban Ki-Moon', 'Ban Ki-moon']]);
});

test('name keys ignore case, hyphens and "eastern"; initials skip lower-case words', () => {
  assert.equal(nameKey('Ban Ki-Moon'), nameKey('ban ki-moon'));
  assert.equal(nameKey('eastern Aleppo'), nameKey('east Aleppo'));
  assert.equal(initials('Syrian Observatory for Human Rights'), 'SOHR');
});

test('a sentence seen before (its tags kept by text) gives the same entities, in another report too', () => {
  const text = 'The Syrian Observatory for Human Rights (SOHR) said Rami Abdel Rahman left Aleppo. "It is over," the SOHR said.';
  const first = entities(text);
  // The same text again, now as the second report behind a different first one: tags come from the cache.
  const again = findEntities([reportFromText({ id: 'r0', text: 'Rebels withdrew from Aleppo on Tuesday.' }), reportFromText({ id: 'r1', text })]);
  const sohr = again.find((e) => e.name === 'Syrian Observatory for Human Rights');
  assert.deepEqual(sohr?.refs.map((r) => r.report), ['r1', 'r1']);
  assert.deepEqual(entities(text), first);
});

test('a one-word organisation name is short for a longer one only as its head or first word, not as a word modifying the head', () => {
  const found = entities(
    'The resolution was sent to the U.S. Senate Committee on Foreign Relations.',
    'The king said the Senate will be appointed. The Senate would serve a mostly advisory role. The Observatory said so, and the Committee agreed.',
    'The Syrian Observatory for Human Rights counted the dead.',
  );
  const names = found.map((e) => [e.name, ...e.aliases].join('/')).sort();
  assert.deepEqual(names, ['Senate', 'Syrian Observatory for Human Rights/Observatory', 'U.S. Senate Committee/Committee']);
});

test('a given name used alone is the one person of the story with that given name', () => {
  const found = entities(
    'Commissioner David Stern walked out. Deputy commissioner Russ Granik agreed.',
    'Union chief Billy Hunter said: "Of course they don\'t expect much. When Russ and David decide the talks are real, something will happen."',
  );
  assert.deepEqual(found.map((e) => [e.name, ...e.aliases].join('/')).sort(), ['Billy Hunter', 'David Stern/David', 'Russ Granik/Russ']);
  // Two people with that given name: it stays apart.
  const two = entities('David Stern met David Falk. Later David spoke.');
  assert.deepEqual(two.map((e) => [e.name, ...e.aliases].join('/')).sort(), ['David', 'David Falk', 'David Stern']);
});

test('a person named with and without a middle initial is one person: "Henry J. Hyde" and "Henry Hyde"', () => {
  const found = entities('Rep. Henry J. Hyde said the hearings would start.', 'Rep. Henry Hyde, who chairs the committee, spoke.');
  const hyde = found.filter((e) => e.name.includes('Hyde'));
  assert.deepEqual(hyde.map((e) => [e.name, [...e.aliases].sort(), e.mentions]), [['Henry J. Hyde', ['Henry Hyde'], 2]]);
});
