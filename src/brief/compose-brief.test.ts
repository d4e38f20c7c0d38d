import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEEDS_DIR } from '../../test/repo-root.js';
import { brief, summarizeDocuments } from './compose-brief.js';
import { NewsbriefError } from '../errors.js';
import { readReports } from '../ingest/index.js';
import { countWords } from '../text/index.js';

test('every summary sentence is exactly the span of its first source (a first letter capitalised where a connective was left out), and every source span is real', async () => {
  const reports = await readReports([SEEDS_DIR]);
  const byId = new Map(reports.map((r) => [r.id, r]));
  for (const maxWords of [40, 120, 300]) {
    const result = await brief(reports, { maxWords });
    assert.ok(result.summary.length > 0);
    assert.ok(result.words <= maxWords, `${result.words} words over ${maxWords}`);
    assert.equal(result.words, result.summary.reduce((s, x) => s + countWords(x.text), 0));
    for (const sentence of result.summary) {
      const [first] = sentence.sources;
      const said = byId.get(first!.report)!.text.slice(first!.start, first!.end);
      assert.equal(sentence.text.slice(1), said.slice(1));
      assert.equal(sentence.text.charAt(0).toLowerCase(), said.charAt(0).toLowerCase());
      for (const source of sentence.sources) {
        const span = byId.get(source.report)!.text.slice(source.start, source.end);
        assert.ok(span.length > 0 && span === span.trim());
      }
    }
  }
});

test('captions, credits and headlines never enter the summary', async () => {
  const reports = await readReports([SEEDS_DIR]);
  const result = await brief(reports, { maxWords: 400 });
  for (const sentence of result.summary) {
    assert.doesNotMatch(sentence.text, /Credit: Reuters|Picture by|Other news/);
    assert.notEqual(sentence.text, "Human rights monitor says the battle for Aleppo 'has reached its end'");
  }
});

test('no two summary sentences say the same thing', async () => {
  const result = await brief(await readReports([SEEDS_DIR]), { maxWords: 400 });
  const texts = result.summary.map((s) => s.text.toLowerCase());
  assert.equal(new Set(texts).size, texts.length);
});

test('a repeated sentence becomes one summary sentence with both sources', async () => {
  const shared = 'Between 10,000 and 13,000 civilians have fled from eastern Aleppo in the past 24 hours, the Observatory said.';
  const result = await brief(
    [
      { id: 'a', text: `${shared} Fighting went on overnight in the last rebel districts of the city.`, title: null, source: null, publishedAt: null, path: null, url: null, nonArticle: [] },
      { id: 'b', text: `The Russian defence ministry said 100,000 civilians are left in eastern Aleppo. ${shared}`, title: null, source: null, publishedAt: null, path: null, url: null, nonArticle: [] },
    ],
    { maxWords: 60 },
  );
  const merged = result.summary.find((s) => s.text === shared);
  assert.ok(merged, JSON.stringify(result.summary));
  assert.deepEqual(merged.sources.map((s) => s.report).sort(), ['a', 'b']);
});

test('a budget that is not a positive integer is refused', async () => {
  await assert.rejects(brief([], { maxWords: 0 }), (error: unknown) => error instanceof NewsbriefError && error.code === 'BAD_OPTION');
  await assert.rejects(summarizeDocuments(['Text.'], { maxWords: 2.5 }), /maxWords must be a positive integer, got 2.5/);
});

test('no reports is an error; summarizing empty documents is an empty summary', async () => {
  await assert.rejects(brief([]), /No reports to summarize/);
  assert.deepEqual(await summarizeDocuments(['   '], { maxWords: 50 }), []);
});

test('no two summary sentences of the example state the same figure', async () => {
  // At 120 words the summary had two sentences saying "10,000 civilians" fled (report 001's first and its
  // Observatory quote): the digest regime now keeps one of them.
  const { figureKeysOf } = await import('../summarize/index.js');
  const reports = await readReports([SEEDS_DIR]);
  for (const maxWords of [60, 120, 200]) {
    const keys = (await brief(reports, { maxWords })).summary.flatMap((s) => [...new Set(figureKeysOf(s.text))]);
    assert.equal(new Set(keys).size, keys.length, `${maxWords} words: ${keys.join(', ')}`);
  }
});
