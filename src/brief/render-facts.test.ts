import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReports } from '../analyze/index.js';
import { reportFromText } from '../ingest/index.js';
import { renderFactsMarkdown, renderFactsText } from './render-facts.js';

const reports = [
  reportFromText({ id: 'a', text: 'At least 225 civilians have been killed in east Aleppo since November 15, the [Observatory] said.', publishedAt: '2016-11-28' }),
  reportFromText({ id: 'b', text: 'The UK-based Observatory added that at least 413 civilians have been killed in east Aleppo since November 15.', publishedAt: '2016-12-13' }),
];

test('the text rendering marks the update and shows who said what when', () => {
  const text = renderFactsText(analyzeReports(reports), reports);
  assert.match(text, />> UPDATE {2}civilians killed in east Aleppo since 2016-11-15/);
  assert.match(text, /≥413 +UK-based Observatory; b, 2016-12-13/);
  assert.match(text, /TIMELINE\n {2}2016-11-15 +a/);
});

test('the markdown rendering is a table with the status marked and third-party text escaped', () => {
  const md = renderFactsMarkdown(analyzeReports(reports), reports);
  assert.match(md, /\| civilians killed in east Aleppo since 2016-11-15 \| \*\*update\*\* \| ≥225 \| \\\[Observatory\\\] \|/);
  assert.doesNotMatch(md, /[^\\]\[Observatory/);
});

test('an entity named once reads "1 mention", more read "mentions"', () => {
  const more = [...reports, reportFromText({ id: 'c', text: 'Officials in Damascus gave no figure.', publishedAt: '2016-12-14' })];
  const text = renderFactsText(analyzeReports(more), more);
  assert.match(text, /Damascus \(place, 1 mention in 1 report\)/);
  const counts = [...text.matchAll(/\((?:[a-z]+), (\d+) (mentions?) in/g)].map((m) => [Number(m[1]), m[2]]);
  assert.ok(counts.length > 0, 'the rendering lists entities with their mention counts');
  for (const [n, word] of counts) assert.equal(word, n === 1 ? 'mention' : 'mentions');
});
