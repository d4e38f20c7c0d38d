import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDataset, reportsFromCluster } from './dataset.js';

const TEXT = 'Five people were injured in a shooting in Elgin early this morning, authorities said.';

test('a "documents" line gives reports numbered <cluster id>#<index>, empty documents skipped', () => {
  const [cluster] = parseDataset(JSON.stringify({ id: 'c1', documents: [TEXT, '  ', TEXT] }), 'set.jsonl');
  assert.deepEqual(reportsFromCluster(cluster!).map((r) => r.id), ['c1#0', 'c1#2']);
});

test('a "reports" line keeps each report\'s id, title, date and URL, marked as coming from the dataset', () => {
  const line = { id: 95579, reports: [{ id: 'a1', title: 'Elgin shooting leaves 5 injured', date: '2014-01-12', url: 'https://example.com/x', text: TEXT }, { id: 'a2', text: TEXT }] };
  const [cluster] = parseDataset(JSON.stringify(line), 'gva.jsonl');
  const [first, second] = reportsFromCluster(cluster!);
  assert.equal(cluster!.id, '95579');
  assert.deepEqual([first!.id, first!.title, first!.publishedAt, first!.url], ['a1', 'Elgin shooting leaves 5 injured', '2014-01-12', 'https://example.com/x']);
  assert.deepEqual(first!.origins, { title: 'dataset', publishedAt: 'dataset', url: 'dataset' });
  assert.deepEqual([second!.id, second!.publishedAt, second!.url], ['a2', null, null]);
});

test('a line with both "documents" and "reports", or neither, is refused naming the line', () => {
  assert.throws(() => parseDataset(JSON.stringify({ id: 'x', documents: [TEXT], reports: [{ id: 'a', text: TEXT }] }), 'set.jsonl'), /set\.jsonl:1: .*needs either "documents" \(a list of texts\) or "reports"/);
  assert.throws(() => parseDataset(`\n${JSON.stringify({ id: 'x' })}`, 'set.jsonl'), /set\.jsonl:2: .*needs either "documents" \(a list of texts\) or "reports"/);
});

test('a report date that is not ISO 8601, or two reports with one id, are refused', () => {
  assert.throws(() => parseDataset(JSON.stringify({ id: 'x', reports: [{ id: 'a', date: '12/01/2014', text: TEXT }] }), 's.jsonl'), /s\.jsonl:1: .*at "reports\.0\.date": expected an ISO 8601 date/);
  assert.throws(() => parseDataset(JSON.stringify({ id: 'x', reports: [{ id: 'a', text: TEXT }, { id: 'a', text: TEXT }] }), 's.jsonl'), /two reports share an id/);
  const [ok] = parseDataset(JSON.stringify({ id: 'x', reports: [{ id: 'a', date: '2014-01-12T22:27:29Z', text: TEXT }] }), 's.jsonl');
  assert.equal(reportsFromCluster(ok!)[0]!.publishedAt, '2014-01-12T22:27:29Z');
});
