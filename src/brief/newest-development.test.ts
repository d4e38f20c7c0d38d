import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES_DIR, SEEDS_DIR } from '../../test/repo-root.js';
import { readReports } from '../ingest/index.js';
import { brief } from './compose-brief.js';
import { supersededClaims } from './superseded-claims.js';

const UPDATED_COUNT = join(FIXTURES_DIR, 'gva-updated-wounded-count', 'input.jsonl');

test('the example leads with its newest development: the 13 December report of 82 civilians executed', async () => {
  const reports = await readReports([SEEDS_DIR]);
  for (const maxWords of [40, 60, 120, 200]) {
    const result = await brief(reports, { maxWords });
    const lead = result.summary[0]!;
    assert.equal(lead.sources[0]!.report, '000_76b5fb938eb88dee', `at ${maxWords} words`);
    assert.match(lead.text, /^Pro-Syrian government forces executed 82 civilians in Aleppo/);
  }
});

test('after the newest report, the summary goes on in date order, dated reports before the undated', async () => {
  const result = await brief(await readReports([SEEDS_DIR]), { maxWords: 200 });
  const dateOf = new Map(result.reports.map((r) => [r.id, r.date]));
  const dates = result.summary.map((s) => dateOf.get(s.sources[0]!.report) ?? null);
  assert.equal(dates[0], '2016-12-13');
  const rest = dates.slice(1).filter((d) => d !== '2016-12-13');
  const dated = rest.filter((d): d is string => d !== null);
  assert.deepEqual(dated, [...dated].sort());
});

test('when a later report updates a count, the brief states the newer one and leads with the update', async () => {
  const reports = await readReports([UPDATED_COUNT]);
  for (const maxWords of [40, 60, 100, 150]) {
    const result = await brief(reports, { maxWords });
    const texts = result.summary.map((s) => s.text);
    assert.equal(result.summary[0]!.sources[0]!.report, 'f89c2d31', `at ${maxWords} words the lead is the 20 October update`);
    assert.ok(texts.some((t) => /\bsix\b/i.test(t)), `at ${maxWords} words the summary states six: ${texts.join(' | ')}`);
    assert.ok(!texts.some((t) => /\bseven\b/i.test(t)), `at ${maxWords} words the summary states the superseded seven: ${texts.join(' | ')}`);
  }
});

test('superseded are the older report\'s count and its restatement, never the newer count', async () => {
  const reports = await readReports([UPDATED_COUNT]);
  const result = await brief(reports, { maxWords: 100 });
  const older = reports.find((r) => r.id === '8981a621')!;
  const spans = supersededClaims(result.figures).map((s) => `${s.report}: ${older.text.slice(s.start, s.end)}`);
  assert.deepEqual(spans.sort(), ['8981a621: Seven people', '8981a621: Seven people']);
  assert.equal(new Set(supersededClaims(result.figures).map((s) => s.start)).size, 2);
});
