import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entitiesCases, predictedFor, scoreEntities, type GoldCluster } from './entities-gold.js';

const gold: GoldCluster = {
  id: 'toy',
  entities: [
    { name: 'Hun Sen', type: 'person', aliases: [] },
    { name: "Cambodian People's Party", type: 'organization', aliases: ['CPP'] },
    { name: 'Phnom Penh', type: 'place', aliases: [] },
  ],
  optional: [{ name: 'Cabinet', type: 'organization', aliases: [] }],
};

test('the entity scorer matches by type and name or alias, one to one, and leaves optional names out', () => {
  const s = scoreEntities(
    [
      { name: 'hun sen', type: 'person' },
      { name: 'CPP', type: 'organization' },
      { name: "Cambodian People's Party", type: 'organization' },
      { name: 'Phnom Penh', type: 'person' },
      { name: 'Cabinet', type: 'organization' },
    ],
    gold,
  );
  assert.deepEqual([s.found, s.predicted, s.ignored], [2, 5, 1]);
  assert.equal(s.precision, 2 / 4);
  assert.equal(s.recall, 2 / 3);
  assert.deepEqual(s.missed, ['Phnom Penh (place)']);
  assert.deepEqual(s.wrong, ["Cambodian People's Party (organization, split)", 'Phnom Penh (person)']);
});

// F1 measured when these floors were set (node dist/scripts/score-entities.js), minus a margin of about
// one entity's error: aleppo 95.3, d30001t 100, d30002t 100, d30003t 100, and on the clusters annotated
// after the rules were written 84.4 (d30006t) and 72.7 (d30047t), since tuned on (88.4, 92.3). d30024t
// (51.0) and d30053t (65.2) were annotated blind in session 6 and measured held out, then tuned on later in
// session 6 (92.0, 91.3). d30033t (79.6) and d31008t (81.4) were annotated blind after that and scored once,
// at the end of session 6: they are the held-out pair, and no rule may be written on their misses (their
// floors only guard against regressions). Raise a floor when the code earns it.
const F1_FLOORS: Record<string, number> = {
  aleppo: 0.93,
  'duc2004-d30001t': 0.94,
  'duc2004-d30002t': 0.94,
  'duc2004-d30003t': 0.94,
  'duc2004-d30006t': 0.82,
  'duc2004-d30047t': 0.66,
  'duc2004-d30024t': 0.87,
  'duc2004-d30053t': 0.86,
  'duc2004-d30033t': 0.78,
  'duc2004-d31008t': 0.8,
};

for (const fixture of entitiesCases()) {
  for (const cluster of fixture.clusters) {
    test(`entity F1 on the hand-made gold of ${cluster.id} stays at or above its floor`, async () => {
      const floor = F1_FLOORS[cluster.id];
      assert.ok(floor !== undefined, `no F1 floor for ${cluster.id}: measure it and add one`);
      const s = scoreEntities(await predictedFor(fixture, cluster), cluster);
      assert.ok(s.f1 >= floor, `F1 ${s.f1.toFixed(3)} < ${floor}; missed: ${s.missed.join('; ')}; wrong: ${s.wrong.join('; ')}`);
    });
  }
}
