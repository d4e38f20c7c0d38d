import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Brief, ReportView } from './api.js';
import { coverageOf, dateNote, domainOf, labelReports, plural, reportName } from './report-label.js';
import { formatDay } from './dom.js';
import { keyFigureTiles } from './render-key-figures.js';
import { figuresSentences, newReportsSentence, storyChanges } from './what-changed.js';

const view = (id: string, extra: Partial<ReportView> = {}): ReportView => ({ id, status: 'assigned', title: null, source: null, publishedAt: null, url: null, nearDuplicateOf: null, addedAt: '2026-12-03T16:59:00Z', ...extra });
const brief = (reportIds: readonly string[], extra: Partial<Brief> = {}): Brief => ({ reports: reportIds.map((id) => ({ id, title: null, source: null, date: null, url: null })), summary: [], figures: [], timeline: [], entities: [], ...extra });

test('a report is named by its outlet (metadata, dateline, else its domain) and dated by its own date, the arrival time only when it has none', () => {
  const reports = [
    view('r1', { source: 'IANS', origins: { source: 'dateline' } }),
    view('r2', { url: 'https://www.example.org/a', publishedAt: '2016-12-14T09:00:00Z' }),
    view('r3', { url: 'javascript:alert(1)' }),
  ];
  const labels = labelReports(reports, brief(['r1', 'r2', 'r3'], { reportDates: [{ report: 'r1', date: '2016-12-13', origin: 'dateline', inferred: true, datelineEnd: 21 }] }));
  assert.deepEqual(labels.get('r1'), { id: 'r1', number: 1, outlet: 'IANS', outletOrigin: 'dateline', title: null, date: '2016-12-13', dateOrigin: 'dateline', isDateInferred: true, href: null });
  assert.equal(labels.get('r2')!.outlet, 'example.org');
  assert.equal(labels.get('r2')!.outletOrigin, 'domain');
  assert.equal(labels.get('r2')!.dateOrigin, 'metadata');
  assert.equal(labels.get('r2')!.href, 'https://www.example.org/a');
  assert.equal(labels.get('r3')!.href, null, 'only http(s) links');
  assert.equal(labels.get('r3')!.dateOrigin, 'arrival');
  assert.equal(reportName(labels.get('r3'), 'r3'), 'report 3');
  assert.deepEqual(coverageOf(labels.values()), { reports: 3, outlets: ['example.org', 'IANS'], unnamed: 1, from: '2016-12-13', to: '2016-12-14', undated: 1 });
  assert.equal(domainOf('ftp://example.org/x'), null);
});

test("a report's date is the one its brief used, with its origin, a dated photo caption included", () => {
  const briefed = brief(['r1', 'r2'], { reportDates: [{ report: 'r1', date: '2016-12-06', origin: 'caption', inferred: true, datelineEnd: 0 }] });
  const withOrigins: Brief = { ...briefed, reports: [{ id: 'r1', title: null, source: null, date: '2016-12-06', dateOrigin: 'caption', url: null }, { id: 'r2', title: null, source: null, date: '2016-12-13', dateOrigin: 'dateline', url: null }] };
  // The store's own publication date loses to the brief's: the brief's date is what its relative dates used.
  const labels = labelReports([view('r1'), view('r2', { publishedAt: '2016-12-01' })], withOrigins);
  assert.equal(labels.get('r1')!.date, '2016-12-06');
  assert.equal(labels.get('r1')!.dateOrigin, 'caption');
  assert.equal(dateNote(labels.get('r1')!), ' (caption, year inferred)');
  assert.equal(labels.get('r2')!.date, '2016-12-13');
  assert.equal(dateNote(labels.get('r2')!), ' (dateline)');
  assert.equal(dateNote({ dateOrigin: 'metadata', isDateInferred: false }), '');
});

test('counts are pluralised: 1 report, 2 reports, 1 near copy', () => {
  assert.equal(plural(1, 'report'), '1 report');
  assert.equal(plural(2, 'report'), '2 reports');
  assert.equal(plural(1, 'near copy', 'near copies'), '1 near copy');
});

test('what changed names the new reports by outlet and a figure that moved as old -> new', () => {
  const claim = (value: number, report: string) => ({ value, low: value, high: null, approximate: false, text: `at least ${value} civilians`, source: 'Observatory', attributed: true, report, start: 0, end: 1, date: null, dateInferred: false, sentence: { start: 0, end: 1 }, counted: { kind: 'count' as const, noun: 'civilians', event: 'killed', measure: 'killed', nounClass: 'people', role: null, place: null, time: null, timeKey: null }, disputedBy: null, isConditional: false });
  const group = (values: readonly number[]) => ({ what: 'civilians killed', status: 'update' as const, reason: 'running count', claims: values.map((v, i) => claim(v, `r${i + 1}`)) });
  const before = brief(['r1'], { figures: [group([225])] });
  const after = brief(['r1', 'r2', 'r3'], { figures: [group([225, 413])] });
  const changes = storyChanges(1, before, after);
  assert.deepEqual(changes.newReports, ['r2', 'r3']);
  assert.deepEqual(changes.changedFigures, [{ what: 'civilians killed', before: 'at least 225', after: 'at least 225 → at least 413', status: null }]);
  const labels = labelReports([view('r1'), view('r2', { source: 'Reuters' }), view('r3', { source: 'Reuters' })], after);
  assert.equal(newReportsSentence(changes.newReports, labels), '2 new reports: Reuters (2).');
  assert.deepEqual(storyChanges(1, before, after, ['r2', 'r3', 'r4']).newReports, ['r2', 'r3', 'r4'], "the versions' own lists count near copies");
});

const keyFigure = (value: number, status: 'single' | 'update' | 'conflict', values: readonly number[]) => ({
  measure: 'killed', counted: 'people', what: 'people killed', value, low: value, high: null, status, reason: 'reports of the same or unknown time differ',
  sources: ['Syrian Observatory for Human Rights'], dates: ['2016-12-14'], refs: [{ report: 'r6', start: 10, end: 29 }, { report: 'r2', start: 5, end: 20 }],
  values: values.map((v) => ({ value: v, low: v, high: null, sources: ['Observatory'], dates: [null], claims: 1 })),
});

test('what changed names a key figure as readers read it ("people killed"), old -> new, and says when the reports came to disagree', () => {
  const before = brief(['r1'], { keyFigures: [keyFigure(413, 'update', [225, 413])] });
  const after = brief(['r1', 'r6'], { keyFigures: [keyFigure(450, 'conflict', [450, 225, 413])] });
  const changes = storyChanges(3, before, after);
  assert.deepEqual(changes.changedFigures, [{ what: 'people killed', before: 'at least 413', after: 'at least 450', status: 'conflict' }]);
  assert.deepEqual(figuresSentences(changes), ['people killed: at least 413 → at least 450 (the reports now disagree).']);
  assert.deepEqual(figuresSentences(storyChanges(3, after, after)), [], 'nothing moved, nothing said');
});

test('a key figure tile shows the chosen value, the other values reported and the spans it opens', () => {
  const [tile] = keyFigureTiles(brief(['r2', 'r6'], { keyFigures: [keyFigure(450, 'conflict', [450, 225, 413])] }));
  assert.equal(tile!.amount, 'at least 450');
  assert.equal(tile!.what, 'people killed');
  assert.deepEqual(tile!.others, ['at least 225', 'at least 413']);
  assert.deepEqual(tile!.refs, [{ report: 'r6', start: 10, end: 29 }, { report: 'r2', start: 5, end: 20 }]);
  assert.deepEqual(keyFigureTiles(brief(['r2'], { keyFigures: [keyFigure(3, 'single', [3])] }))[0]!.others, []);
});

test('timeline dates are written as readers write them, at the precision given', () => {
  assert.equal(formatDay('2016-12-13'), new Date(Date.UTC(2016, 11, 13)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  assert.match(formatDay('2016-11'), /2016/);
  assert.doesNotMatch(formatDay('2016-11'), /\b1\b/, 'a month is not its first day');
  assert.equal(formatDay('2011'), '2011');
  assert.equal(formatDay('soon'), 'soon');
});
