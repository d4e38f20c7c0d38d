import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readReports } from '../ingest/index.js';
import { SEEDS_DIR } from '../../test/repo-root.js';
import * as analyze from './index.js';
import { analyzeReports } from './analyze-reports.js';

test('every claim, event, unresolved date and entity mention points at its own text in its report', async () => {
  const reports = await readReports([SEEDS_DIR]);
  const byId = new Map(reports.map((r) => [r.id, r.text]));
  const facts = analyzeReports(reports);
  for (const g of facts.figures) for (const c of g.claims) assert.equal(byId.get(c.report)!.slice(c.start, c.end), c.text);
  for (const e of facts.timeline) {
    assert.equal(byId.get(e.report)!.slice(e.start, e.end), e.text);
    assert.equal(byId.get(e.report)!.slice(e.expression.start, e.expression.end), e.expression.text);
  }
  for (const u of facts.unresolved) assert.equal(byId.get(u.report)!.slice(u.start, u.end), u.text);
  for (const e of facts.entities) for (const m of e.refs) assert.equal(byId.get(m.report)!.slice(m.start, m.end), m.text);
  assert.deepEqual(Object.keys(facts).sort(), ['entities', 'figures', 'keyFigures', 'reportDates', 'timeline', 'unresolved']);
});

test('the seeds\' share of east Aleppo retaken is one conflicting group with all five claims', async () => {
  const facts = analyzeReports(await readReports([SEEDS_DIR]));
  const share = facts.figures.find((g) => g.what.startsWith('share of territory'));
  assert.equal(share?.status, 'conflict');
  assert.deepEqual(share?.claims.map((c) => c.value).sort((a, b) => a! - b!), [30, 70, 75, 90, 98]);
});

test('the analysis module exports exactly its documented functions', () => {
  const functions = Object.keys(analyze).filter((k) => typeof (analyze as Record<string, unknown>)[k] === 'function').sort();
  for (const name of ['analyzeReports', 'buildTimeline', 'extractClaims', 'findEntities', 'findQuantities', 'findReportDates', 'groupFigures', 'tagTimexes']) {
    assert.ok(functions.includes(name), name);
  }
});
