import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreEntities, type GoldCluster } from './entities-gold.js';

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
