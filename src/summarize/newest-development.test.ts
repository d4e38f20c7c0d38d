import assert from 'node:assert/strict';
import { test } from 'node:test';
import { includeNewest, newestDocs, objectiveOf } from './newest-development.js';
import type { IlpProblem } from './select-ilp.js';
import { selectGreedy } from './select-greedy.js';

test('the newest reports are those of the latest day, only when the reports carry two or more days', () => {
  const of = (dates: (string | null)[]) => [...newestDocs(dates.length, (d) => dates[d]!)];
  assert.deepEqual(of(['2016-12-12', null, '2016-12-13T09:00:00Z', '2016-12-13']), [2, 3]);
  assert.deepEqual(of(['2016-12-13', null, '2016-12-13T23:00:00Z']), []); // one day: nothing is newer
  assert.deepEqual(of([null, null, '']), []);
});

// Three reports; report 2 is the newest. Sentence 0 (report 0) covers the two heavy concepts, so the
// selector alone takes it, then sentence 3; report 2's lead (sentence 2) is worth little on its own.
const problem: IlpProblem = {
  lengths: [20, 15, 12, 10, 14],
  conceptsOf: [[0, 1], [2], [3], [4], [1, 4]],
  weights: [5, 4, 1, 2, 1],
  bonuses: [0.1, 0.1, 0.1, 0.1, 0.1],
  budget: 30,
};
const docOf = [0, 1, 2, 0, 2];
const positionOf = [0, 0, 0, 1, 1];

test('a selection without the newest report gets its lead, and the best selection around it', async () => {
  const alone = selectGreedy(problem);
  assert.ok(!alone.some((j) => docOf[j] === 2), `the selector alone chose ${alone}`);
  const chosen = await includeNewest(problem, docOf, positionOf, alone, new Set([2]), selectGreedy);
  assert.equal(chosen[0], 2); // the newest report's first candidate, not its later sentence 4
  assert.ok(chosen.reduce((n, j) => n + problem.lengths[j]!, 0) <= problem.budget);
  assert.equal(new Set(chosen).size, chosen.length);
  // Around the lead the selector still maximises: sentence 4 (concepts 1 and 4) beats 1 and 3; 0 no longer fits.
  const best = Math.max(...[[2, 1], [2, 3], [2, 4]].map((s) => objectiveOf(problem, s)));
  assert.equal(objectiveOf(problem, chosen), best);
});

test('a selection that has a sentence of the newest report, or no newest report at all, is left as it is', async () => {
  assert.deepEqual(await includeNewest(problem, docOf, positionOf, [4, 1], new Set([2]), selectGreedy), [4, 1]);
  assert.deepEqual(await includeNewest(problem, docOf, positionOf, [0], new Set(), selectGreedy), [0]);
});
