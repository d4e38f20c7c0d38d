import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES_DIR } from '../../test/repo-root.js';
import { readReports } from '../ingest/index.js';
import type { StorySummary, StoryVersion } from '../store/index.js';
import { brief } from './compose-brief.js';
import { countNoun } from './count-noun.js';
import { renderFactsText } from './render-facts.js';
import { renderStoryText } from './render-story.js';

const UPDATED_COUNT = join(FIXTURES_DIR, 'gva-updated-wounded-count', 'input.jsonl');

function story(reportCount: number): StorySummary {
  return {
    id: 's-1', title: null, headline: null, createdAt: '2015-10-19T12:00:00Z', lastReportAt: '2015-10-20T12:00:00Z',
    reportCount, independentCount: reportCount, revision: 2, builtRevision: 2, dirtySince: null, latestVersion: 2,
    briefFailures: 0, briefError: null, briefRetryAt: null,
  } as StorySummary;
}

test('counts read as English: one report, two reports, one near copy, two near copies', () => {
  assert.equal(countNoun(1, 'report'), '1 report');
  assert.equal(countNoun(2, 'report'), '2 reports');
  assert.equal(countNoun(1, 'near copy'), '1 near copy');
  assert.equal(countNoun(2, 'near copy'), '2 near copies');
  assert.equal(countNoun(0, 'new figure'), '0 new figures');
  assert.equal(countNoun(1200, 'mention'), '1,200 mentions');
});

test('story text prints the facts as brief does, and what changed names the new report and the changed figure', async () => {
  const reports = await readReports([UPDATED_COUNT]);
  const v1 = await brief(reports.slice(0, 1), { maxWords: 60 });
  const v2 = await brief(reports, { maxWords: 60 });
  const [wounded1] = v1.figures.filter((g) => g.what.startsWith('people wounded'));
  const [wounded2] = v2.figures.filter((g) => g.what.startsWith('people wounded'));
  const changes = {
    previousVersion: 1,
    newReports: ['f89c2d31'],
    nearDuplicates: [],
    isBriefRebuilt: true,
    newFigures: v2.figures.filter((g) => g.what === 'man wounded'),
    // The stream keys figures by their `what`, which the second report's place changed; here they are paired.
    changedFigures: [{ key: wounded1!.what, before: wounded1, after: wounded2 }],
  };
  const version: StoryVersion = { storyId: 's-1', version: 2, createdAt: '2015-10-20T12:00:00Z', reportIds: reports.map((r) => r.id), brief: v2, changes };
  const text = renderStoryText(story(2), version);
  assert.match(text, /; 2 reports, 2 independent\n/);
  assert.match(text, /\nSince version 1: 1 new report, 1 new figure, 1 changed\n/);
  assert.match(text, /\n {2}\+ figure man wounded: 1\n/);
  assert.match(text, /\n {2}\+ report f89c2d31 UPDATE: Six shot in drive-by shooting in Calumet City after funeral, 2015-10-20\n/);
  assert.match(text, /\n {2}~ figure people wounded in Calumet City on 2015-10-19: before 7; now 7, 6\n/);
  // The facts are the brief's own rendering, word for word.
  assert.ok(text.includes(renderFactsText(v2, v2.reports).trimEnd()));
  assert.match(text, /\nKEY FIGURES\n {2}people injured: 6 \[updated\]/);
  assert.match(text, /\nTIMELINE\n/);
  assert.match(text, /\nPEOPLE, ORGANISATIONS, PLACES\n/);
  assert.match(renderStoryText(story(1), { ...version, changes: { ...changes, previousVersion: null } }), /; 1 report, 1 independent\n/);
});
