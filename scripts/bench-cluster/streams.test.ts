import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readItems, TUNE_FILE } from './streams.js';

// dist/scripts/bench-cluster/ -> repo root
const FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'cluster-tune-stream');

test('the tune pseudo-file reads only the last train clusters, labelled and sourced as the tune stream', () => {
  const items = readItems(FIXTURE, [TUNE_FILE], 1);
  assert.deepEqual(items.map((i) => i.id), ['multinews-train-44971#0', 'multinews-train-44971#1']);
  assert.ok(items.every((i) => i.gold === 'multinews-train-44971' && i.source === TUNE_FILE));
});

test('the train file itself is read whole, so the tune clusters are the tail of it', () => {
  const whole = readItems(FIXTURE, ['multinews-train']).map((i) => i.id);
  const tail = readItems(FIXTURE, [TUNE_FILE], 1).map((i) => i.id);
  assert.equal(whole.length, 6);
  assert.deepEqual(whole.slice(-tail.length), tail);
});
