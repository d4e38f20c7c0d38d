import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../test/repo-root.js';
import type { Report } from '../types.js';
import { leadHeadline, MAX_HEADLINE_WORDS, storyHeadline } from './story-headline.js';

const aleppo = readFileSync(join(REPO_ROOT, 'examples', 'aleppo', '000_76b5fb938eb88dee.txt'), 'utf8');
// DUC 2004 d31022t, the first AP version of the Goteborg dance-hall fire (../shared/data/duc2004.jsonl).
const FIRE = 'A fire turned a Swedish dance hall jammed with teen-age Halloween revelers into a deathtrap, killing at least 60 people and injuring about 180. "It reminded me of the gas chambers at Auschwitz," local rescue service leader Lennart Olin said on national radio.';

const report = (id: string, text: string, title: string | null = null): Report => ({ id, text, title, source: null, publishedAt: null, path: null, url: null, nonArticle: [] });

test('a long lead sentence is cut at its first clause boundary, and the headline is the exact span of the report', () => {
  const end = FIRE.indexOf('180.') + 4;
  const headline = leadHeadline('r1', FIRE, 0, end);
  assert.deepEqual(headline, { text: 'A fire turned a Swedish dance hall jammed with teen-age Halloween revelers into a deathtrap', kind: 'lead', report: 'r1', start: 0, end: FIRE.indexOf(',') });
  assert.equal(FIRE.slice(headline!.start!, headline!.end!), headline!.text);
});

test('an opener shorter than the minimum is no cut: a sentence of one clause within MAX_CLAUSE_WORDS is kept whole', () => {
  const sentence = 'On Tuesday, the UN said pro-Syrian government forces had executed 82 civilians in Aleppo during the battle for the last rebel-held area.';
  assert.equal(leadHeadline('r1', sentence, 0, sentence.length)?.text, sentence.slice(0, -1), 'one clause of 22 words is kept whole');
});

test('without punctuation in range the cut is made before a word that opens a clause', () => {
  const sentence = 'Syrian government forces on Sunday retook six major rebel-held areas in Aleppo causing more than 10,000 civilians to flee the violence-struck region as the forces pressed for an offensive.';
  const headline = leadHeadline('r2', sentence, 0, sentence.length);
  assert.ok(headline !== null && headline.text.split(' ').length <= MAX_HEADLINE_WORDS);
  assert.equal(headline.text, 'Syrian government forces on Sunday retook six major rebel-held areas in Aleppo causing more than 10,000');
});

test('a short sentence is the whole headline, without its full stop', () => {
  assert.equal(leadHeadline('r1', 'Fire kills 60 at Goteborg dance.', 0, 32)?.text, 'Fire kills 60 at Goteborg dance');
});

test("the newest report's title wins over the brief's lead sentence", () => {
  const reports = [report('r1', FIRE, 'Fire at dance hall'), report('r2', FIRE), report('r3', FIRE, 'Dance hall fire kills 60'), report('r4', FIRE)];
  assert.deepEqual(storyHeadline(reports, []), { text: 'Dance hall fire kills 60', kind: 'title', report: 'r3', start: null, end: null });
});

test("without titles the headline is cut from the brief's lead sentence, with the dateline left out", () => {
  const end = aleppo.indexOf('\n');
  const start = aleppo.indexOf('Pro-Syrian');
  const headline = storyHeadline([report('r1', aleppo)], [{ text: aleppo.slice(start, end), sources: [{ report: 'r1', start, end }] }]);
  assert.equal(headline?.text, 'Pro-Syrian government forces executed 82 civilians in Aleppo during the ongoing battle to take back the final rebel-held area');
  assert.equal(aleppo.slice(headline!.start!, headline!.end!), headline!.text);
});

test('a story whose only text is too short to summarise still gets a headline from its first sentence', () => {
  const headline = storyHeadline([report('r1', 'Geneva, Dec 13 (IANS) Fire in Goteborg.')], []);
  assert.equal(headline?.kind, 'lead');
  assert.ok(headline !== null && headline.text.endsWith('Fire in Goteborg'), headline?.text);
  assert.equal(storyHeadline([report('r1', '   ')], []), null);
});
