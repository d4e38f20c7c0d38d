import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leftoverKind } from './clean-leftovers.js';
import { cutTail } from './cut-tail.js';

const block = (text: string, linkChars = 0) => ({ text, linkChars, tag: 'p' });

test('captions, credits, prompts and bylines left by Readability are recognised', () => {
  const cases: Array<[string, string]> = [
    ['Credit...Doug Mills/The New York Times', 'credit'],
    ['(Image: © TNG Collaboration)', 'credit'],
    ['Photo: Damian Dovarganes, AP', 'credit'],
    ['Related: The 15 Weirdest Galaxies in Our Universe', 'navigation'],
    ['Like this story? Share it with a friend!', 'navigation'],
    ['Published 11:34 PM EST Nov 19, 2019', 'byline'],
    ['By Justine Coleman', 'byline'],
    ['Tempo de leitura: 1 minuto', 'navigation'],
    ['Advertisement', 'navigation'],
  ];
  for (const [text, kind] of cases) assert.equal(leftoverKind(block(text), null), kind, text);
});

test('story sentences that start like furniture are kept', () => {
  for (const text of [
    'By Tuesday, more than 3,000 people had left the district, the Red Cross said.',
    'More than 2,500 Afghan civilians have been killed in the fighting so far this year, according to the United Nations.',
    'Photographers were kept away from the crossing for most of the day.',
    'http://amzn.to/2iJFhRj',
  ]) {
    assert.equal(leftoverKind(block(text, text.startsWith('http') ? text.length : 0), null), null, text);
  }
});

test('a short line made only of a link is a teaser', () => {
  const text = 'CLICK HERE TO GET THE FOX NEWS APP';
  assert.equal(leftoverKind(block(text, text.length), null), 'navigation');
});

test('a paragraph repeating the headline is dropped', () => {
  assert.equal(leftoverKind(block('Evacuation of Aleppo resumes'), 'Evacuation of Aleppo resumes!'), 'repeated-headline');
});

test('the article is cut at a late "More from" heading but not at an early one', () => {
  const story = Array.from({ length: 6 }, (_, i) => block(`Paragraph ${i} of the story has enough words to count as running text here.`));
  const tail = [block('More News from Sci-Tech'), block('Amazon says it considered face scanning')];
  assert.equal(cutTail([...story, ...tail]).length, story.length);
  assert.equal(cutTail([block('More from the hearing'), ...story]).length, story.length + 1);
});
