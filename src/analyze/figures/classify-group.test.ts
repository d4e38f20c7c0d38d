import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FigureClaim } from '../types.js';
import { classifyGroup } from './classify-group.js';

function claim(value: number, over: Partial<FigureClaim> = {}, timeKey: string | null = null): FigureClaim {
  return {
    value, low: null, high: null, approximate: false, text: String(value), source: 's', attributed: true, report: 'r', start: 0, end: 1,
    date: null, dateInferred: false, sentence: { start: 0, end: 1 },
    counted: { kind: 'count', noun: 'civilians', event: 'killed', measure: 'killed', nounClass: 'people', role: null, place: null, time: timeKey === null ? null : 'since 2016-11-15', timeKey },
    disputedBy: null, isConditional: false, ...over,
  };
}

test('225 and 413 killed since the same day is an update, even with "at least" on both', () => {
  const c = classifyGroup([claim(413, { low: 413, report: 'b' }, 'since:2016-11-15'), claim(225, { low: 225, report: 'a' }, 'since:2016-11-15')]);
  assert.equal(c.status, 'update');
  assert.deepEqual(c.claims.map((x) => x.value), [225, 413]);
});

test('a figure the text says is disputed makes the group a conflict', () => {
  assert.equal(classifyGroup([claim(90, { high: 90, disputedBy: 'the opposition' })]).status, 'conflict');
});

test('round figures that fit one value agree; different values at an unknown time conflict', () => {
  assert.equal(classifyGroup([claim(10000, { low: 10000 }), claim(10000, { approximate: true })]).status, 'agree');
  assert.equal(classifyGroup([claim(70), claim(98)]).status, 'conflict');
});

test('different values from reports of different known dates are an update', () => {
  assert.equal(classifyGroup([claim(70, { date: '2016-12-05', report: 'a' }), claim(98, { date: '2016-12-13', report: 'b' })]).status, 'update');
});

test('a lower bound that only fits a point value is not agreement; one stated value is', () => {
  assert.notEqual(classifyGroup([claim(224, { report: 'a' }), claim(26, { low: 26, report: 'b' })]).status, 'agree');
  assert.equal(classifyGroup([claim(60, { low: 60, report: 'a' }), claim(60, { report: 'b' })]).status, 'agree');
  assert.equal(classifyGroup([claim(129, { low: 129, report: 'a' }), claim(156, { low: 156, report: 'b' })]).status, 'update');
});
