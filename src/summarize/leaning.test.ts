import assert from 'node:assert/strict';
import { test } from 'node:test';
import { droppableConnective, leansOnPrevious, standsAlone, withoutConnective } from './leaning.js';

test('openings that lean on the sentence before them, from DUC 2004 summaries (issue 20)', () => {
  for (const text of [
    'That meant the Honduran coast had been under hurricane conditions for more than a day.',
    'He then began speaking out against Mahathir and was arrested Sept. 20.',
    'Then Angola, Zimbabwe and Namibia intervened to help Kabila.',
    'However, there is growing concern for the tens of thousands of people trapped in Aleppo.',
    'The move was aimed at forcing Gadhafi to surrender two Libyans.',
    '"They even die," she told a news conference in Manila.',
    'There was no sign that Slobodan Milosevic was backing down.',
    'So, the talks will resume on Monday.',
    'His assurances come a week before the first session of the National Assembly.',
  ]) assert.ok(leansOnPrevious(text), text);
});

test('openings that stand alone: names, time phrases with a demonstrative, a general noun with what restricts it', () => {
  for (const text of [
    'Hurricane Mitch killed at least 9,000 people in Central America.',
    'This week, Mahathir declined to name a replacement for Anwar.',
    'That year the company moved its headquarters to Houston.',
    'The man accused of orchestrating the U.S. embassy bombings pleaded not guilty.',
    'Theresa May said the talks would go on.',
    'Thenceforth is not a word anyone uses.',
    'So grateful to everyone who has showed compassion to Alice Marie Johnson.',
  ]) assert.ok(!leansOnPrevious(text), text);
});

test('a connective is left out when the rest stands alone; pronouns and adverbs without a comma stay', () => {
  assert.equal(withoutConnective('But Primakov said the plan would depend on the IMF loan.'), 'Primakov said the plan would depend on the IMF loan.');
  assert.equal(withoutConnective('However, there is growing concern.'), 'There is growing concern.');
  assert.equal(droppableConnective('Still missing are 12 people.'), 0);
  assert.ok(standsAlone('But Mobil\u2019s expenditures were more sensitive to oil prices than Exxon\u2019s.'));
  assert.ok(!standsAlone('Instead, they repeatedly asked him how he would vote.'));
});
