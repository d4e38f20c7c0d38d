import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../types.js';
import { segmentReport } from '../text/index.js';
import { collectCandidates } from './candidates.js';
import { groupSameContent, statesSameFact } from './same-content.js';

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

/** Whether the second sentence may be listed as a source of the first. */
const supports = (said: string, span: string): boolean => {
  const reports = [report('a', said), report('b', span)];
  const [a, b] = collectCandidates(reports, reports.map(segmentReport));
  return statesSameFact(a!, b!);
};

test('a further source must state the same fact: its numbers, its names, most of its words (issue 20)', () => {
  // From the Aleppo example: related, not the same.
  const executed = 'Pro-Syrian government forces executed 82 civilians in Aleppo during the ongoing battle to take back the final rebel-held area, UN officials said on Tuesday.';
  assert.ok(!supports(executed, 'More than 80% of these are estimated to have been in rebel-held areas near Aleppo.'));
  // A wire copy with a light edit is the same fact.
  assert.ok(supports(executed, 'Pro-Syrian forces executed 82 civilians in Aleppo during the battle to take back the last rebel-held area, UN officials said Tuesday.'));
  // A different figure is a different fact, however alike the words.
  assert.ok(!supports(executed, 'Pro-Syrian government forces executed 28 civilians in Aleppo during the ongoing battle to take back the final rebel-held area, UN officials said on Tuesday.'));
  // From DUC 2004: a part of a verdict does not support the whole verdict, and a second name is another fact.
  const verdict = 'The Yugoslav war crimes tribunal Monday acquitted a Muslim military commander of war crimes against Bosnian Serb prisoners in 1992.';
  assert.ok(!supports(verdict, 'He was also acquitted of three cases of torture in the camp.'));
  const both = 'Both Kopp and Weslin have been arrested repeatedly during abortion protests.';
  const one = 'James Kopp has been arrested repeatedly during abortion protests.';
  assert.ok(!supports(both, one));
  assert.ok(supports(one, both));
});
