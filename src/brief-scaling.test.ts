import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief } from './brief.js';
import { reportFromText } from './ingest/index.js';

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

async function secondsToBrief(chars: number): Promise<number> {
  const report = reportFromText({ id: `r${chars}`, text: unpunctuated(chars), publishedAt: '2016-12-15' });
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
