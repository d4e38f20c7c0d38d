import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureKey, versionChanges } from './version-changes.js';

const killed = (claims: number[]) => ({ what: 'civilians killed in east Aleppo since 2016-11-15', status: claims.length > 1 ? 'conflict' : 'single', claims: claims.map((value) => ({ value })) });

test('a first version lists every report as new and every figure as new', () => {
  const changes = versionChanges({ previous: null, reportIds: ['r1', 'r2'], nearDuplicates: new Map(), brief: { figures: [killed([415])] }, isBriefRebuilt: true });
  assert.deepEqual(changes.newReports, ['r1', 'r2']);
  assert.equal(changes.previousVersion, null);
  assert.equal(changes.newFigures.length, 1);
});

test('a later version names the new reports, their near copies, and the figures that are new or changed', () => {
  const previous = { version: 3, reportIds: ['r1', 'r2'], brief: { figures: [killed([415]), { what: 'people evacuated', claims: [] }] } };
  const brief = { figures: [killed([415, 463]), { what: 'people evacuated', claims: [] }, { what: 'buses', claims: [] }] };
  const changes = versionChanges({ previous, reportIds: ['r1', 'r2', 'r3', 'r4'], nearDuplicates: new Map([['r4', 'r1']]), brief, isBriefRebuilt: true });
  assert.equal(changes.previousVersion, 3);
  assert.deepEqual(changes.newReports, ['r3', 'r4']);
  assert.deepEqual(changes.nearDuplicates, [{ id: 'r4', of: 'r1' }]);
  assert.deepEqual(changes.newFigures, [{ what: 'buses', claims: [] }]);
  assert.deepEqual(changes.changedFigures.map((c) => c.key), ['civilians killed in east Aleppo since 2016-11-15']);
});

test('a brief without figures has no figure changes, and figures of unknown shape are keyed by their JSON', () => {
  const changes = versionChanges({ previous: null, reportIds: [], nearDuplicates: new Map(), brief: { summary: [] }, isBriefRebuilt: false });
  assert.deepEqual([changes.newFigures, changes.changedFigures], [[], []]);
  assert.equal(figureKey({ value: 3 }), '{"value":3}');
  assert.equal(figureKey({ label: 'dead' }), 'dead');
});
