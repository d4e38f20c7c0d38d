import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../test/repo-root.js';
import type { StoredReport } from '../store/index.js';
import { briefReports } from './brief-reports.js';

const fixture = join(REPO_ROOT, 'test', 'fixtures', 'wire-updates-goteborg-fire');
const [first, updated, corrected] = ['1-first-version.txt', '2-updated-toll.txt', '3-corrected-toll.txt'].map((name) => readFileSync(join(fixture, name), 'utf8'));

function stored(id: string, text: string, nearDuplicateOf: string | null, publishedAt: string | null = null): StoredReport {
  return {
    id,
    status: 'assigned',
    fetchUrl: null,
    feedUrl: null,
    report: { id, text, title: null, source: null, publishedAt, path: null, url: null, nonArticle: [] },
    storyId: 's-1',
    similarity: 1,
    nearDuplicateOf,
    duplicateOf: null,
    attempts: 0,
    error: null,
    addedAt: '1998-10-30T12:00:00.000Z',
  };
}

const ids = (reports: readonly StoredReport[]): string[] => reports.map((r) => r.id);

test('the newest version of each source is read, following copies of copies back to the first version', () => {
  const other = stored('r3', 'Hundreds of teen-agers jammed into an upstairs hall planning to dance the night away.', null);
  assert.deepEqual(ids(briefReports([stored('r1', first!, null), stored('r2', updated!, 'r1'), other, stored('r4', corrected!, 'r2')], 40)), ['r3', 'r4']);
});

test('a trim or fragment arriving later leaves the fuller version in place', () => {
  const trim = corrected!.slice(0, Math.floor(corrected!.length * 0.6));
  assert.deepEqual(ids(briefReports([stored('r1', first!, null), stored('r2', trim, 'r1')], 40)), ['r1']);
});

test('a version dated before the one it would replace does not replace it; undated versions go by arrival', () => {
  const late = [stored('r1', corrected!, null, '1998-10-30T20:00:00Z'), stored('r2', first!, 'r1', '1998-10-30T08:00:00Z')];
  assert.deepEqual(ids(briefReports(late, 40)), ['r1']);
  assert.deepEqual(ids(briefReports([stored('r1', corrected!, null, '1998-10-30T20:00:00Z'), stored('r2', first!, 'r1')], 40)), ['r2']);
});

test('past the limit the newest sources are kept', () => {
  const reports = [stored('r1', first!, null), stored('r2', updated!, null), stored('r3', first!, 'r1'), stored('r4', corrected!, null)];
  assert.deepEqual(ids(briefReports(reports, 2)), ['r2', 'r4']);
});
