import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MIGRATIONS } from './migrations.js';
import { createPglite } from './pglite/create-database.js';
import { runMigrations } from './run-migrations.js';
import type { SqlClient } from './sql-client.js';
import { createSqlStore } from './sql/sql-store.js';

test('a store built before headlines and search gets both: titled stories take their title as headline, built ones are searchable', async () => {
  const { db } = await createPglite(null, {});
  // PGlite's own query, exec and transaction are the ones the store's client wraps.
  const client = db as unknown as SqlClient;
  try {
    await runMigrations(client, MIGRATIONS.filter((m) => m.version <= 2));
    const at = '2016-12-15T10:00:00.000Z';
    await client.query(
      `insert into reports (seq, id, status, title, text, story_id, added_at) values (1, 'r1', 'assigned', 'Evacuation of Aleppo resumes', 'Buses left.', 's-1', $1), (2, 'r2', 'assigned', null, 'Ambulances crossed.', 's-2', $1)`,
      [at],
    );
    await client.query(`insert into stories (id, title, created_at, last_report_at, latest_version) values ('s-1', 'Evacuation of Aleppo resumes', $1, $1, 0), ('s-2', null, $1, $1, 1)`, [at]);
    const brief = { summary: [{ text: 'Ambulances crossed the border into Idlib.', sources: [] }], entities: [{ name: 'Turkish Red Crescent', aliases: ['Kizilay'] }] };
    await client.query(`insert into story_versions (story_id, version, created_at, report_ids, brief, changes) values ('s-2', 1, $1, '["r2"]', $2::jsonb, '{}')`, [at, JSON.stringify(brief)]);
    assert.equal(await runMigrations(client), Math.max(...MIGRATIONS.map((m) => m.version)));
    const store = createSqlStore(client);
    assert.deepEqual((await store.getStory('s-1'))?.headline, { text: 'Evacuation of Aleppo resumes', kind: 'title', report: 'r1', start: null, end: null });
    assert.equal((await store.getStory('s-2'))?.headline, null);
    assert.deepEqual((await store.searchStories('kizilay idlib')).map((s) => s.id), ['s-2']);
    assert.deepEqual((await store.searchStories('evacuation')).map((s) => s.id), ['s-1']);
  } finally {
    await db.close();
  }
});
