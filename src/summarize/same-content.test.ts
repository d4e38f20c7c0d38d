import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../types.js';
import { segmentReport } from '../text/index.js';
import { collectCandidates } from './candidates.js';
import { groupSameContent } from './same-content.js';

const report = (id: string, text: string): Report => ({ id, text, title: null, source: null, publishedAt: null, path: null, url: null, nonArticle: [] });

const groupsOf = (texts: readonly string[]): string[][] => {
  const reports = texts.map((t, i) => report(`r${i}`, t));
  const candidates = collectCandidates(reports, reports.map(segmentReport));
  const group = groupSameContent(candidates);
  const byHead = new Map<number, string[]>();
  group.forEach((head, i) => byHead.set(head, [...(byHead.get(head) ?? []), candidates[i]!.sentence.text]));
  return [...byHead.values()];
};

test('a wire copy and a light edit join the first statement; a sentence on the same topic stays apart', () => {
  const first = 'Syrian government forces retook six rebel-held districts of eastern Aleppo on Sunday, the observatory said.';
  const edited = 'Syrian government forces on Sunday retook six rebel-held districts in eastern Aleppo, the monitor said.';
  const other = 'Rebels in eastern Aleppo asked the United Nations for a ceasefire to evacuate wounded civilians.';
  const groups = groupsOf([`${first} ${other}`, edited, first]);
  assert.deepEqual(groups, [[first, edited, first], [other]]);
});

test('grouping gives the same answer when called again (scratch tables are reset between calls)', () => {
  const texts = [
    'The ceasefire in eastern Aleppo collapsed on Wednesday as shelling resumed across the city.',
    'Shelling resumed across the city on Wednesday and the ceasefire in eastern Aleppo collapsed.',
    'Buses waited at the crossing for a second day while negotiators argued over the lists of names.',
  ];
  const once = groupsOf(texts);
  assert.deepEqual(groupsOf(texts), once);
  assert.equal(once.length, 2);
});
