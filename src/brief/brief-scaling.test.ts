import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief } from './compose-brief.js';
import { reportFromText } from '../ingest/index.js';

const WORDS = 'Rebels left the city of Aleppo on buses as the ceasefire held officials in Damascus said'.split(' ');

/** Unpunctuated text with a fixed pseudo-random word order (the reproduction, without Python). */
function unpunctuated(chars: number): string {
  let seed = 1;
  let text = '';
  while (text.length < chars) {
    seed = (seed * 48_271) % 2_147_483_647;
    text += `${WORDS[seed % WORDS.length]} `;
  }
  return text.slice(0, chars);
}

/** Unpunctuated text naming a new person every few words ("Mr Bacede"), so there are thousands of distinct names. */
function manyNames(chars: number): string {
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 48_271) % 2_147_483_647) % n;
  let text = '';
  while (text.length < chars) {
    text += `${WORDS[next(WORDS.length)]} `;
    if (next(10) < 3) {
      let name = '';
      for (let i = 0; i < 3; i++) name += 'bcdfghklmnprstvz'[next(16)]! + 'aeiou'[next(5)]!;
      text += `Mr ${name[0]!.toUpperCase()}${name.slice(1)} `;
    }
  }
  return text.slice(0, chars);
}

async function secondsToBrief(chars: number, make = unpunctuated): Promise<number> {
  const report = reportFromText({ id: `r${chars}`, text: make(chars), publishedAt: '2016-12-15' });
  const started = performance.now();
  await brief([report], { maxWords: 50 });
  return (performance.now() - started) / 1000;
}

test('the time to brief an unpunctuated report grows about linearly from 25,000 to 400,000 characters', async () => {
  await secondsToBrief(5_000); // loads compromise and the models, which are not the report's cost
  const small = await secondsToBrief(25_000);
  const large = await secondsToBrief(400_000);
  // 16 times the text: linear is about 16 times the time; before sentences were capped it was about 120 times
  // (1.8 s against 220 s), so 40 leaves room for a busy machine and still fails anything quadratic.
  assert.ok(large / small < 40, `25,000 chars: ${small.toFixed(2)} s, 400,000 chars: ${large.toFixed(2)} s (${(large / small).toFixed(1)}x)`);
});

test('the time to brief a report naming thousands of people grows about linearly from 25,000 to 200,000 characters', async () => {
  await secondsToBrief(5_000, manyNames);
  const small = await secondsToBrief(25_000, manyNames);
  const large = await secondsToBrief(200_000, manyNames);
  // 8 times the text; merging every mention with every entity found so far made it about 60 times (10 s at
  // 100,000 characters, 103 s at 400,000).
  assert.ok(large / small < 25, `25,000 chars: ${small.toFixed(2)} s, 200,000 chars: ${large.toFixed(2)} s (${(large / small).toFixed(1)}x)`);
});
