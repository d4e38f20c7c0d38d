import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { MIGRATIONS } from '../migrations.js';
import { runMigrations } from '../run-migrations.js';
import { AssignerConflictError } from './guard-assigner-state.js';
import { createPgClient } from './pg-client.js';
import { migrateLocked, openPostgresStore, redactUrl } from './open-postgres-store.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from './test-postgres.js';

const skip = postgresSkipReason();
const server: TestPostgres | null = skip === false ? await startTestPostgres() : null;

if (server === null) {
  test('PostgreSQL store', { skip }, () => undefined);
} else {
  // The embedded store's own tests, run again against PostgreSQL: same SQL, same migrations.
  process.env.NEWSBRIEF_STORE_TEST_URL = await server.createDatabase('store_suite');
  await import('../store.test.js');

  test('two processes migrating one database at once: one migrates, the other waits and finds it done', async () => {
    const url = await server.createDatabase('migrate_race');
    const clients = [createPgClient(url), createPgClient(url)];
    try {
      const newest = Math.max(...MIGRATIONS.map((m) => m.version));
      const versions = await Promise.all(clients.map((c) => migrateLocked(c)));
      assert.deepEqual(versions, [newest, newest]);
      const rows = (await clients[0]!.query('select version from schema_version')).rows;
      assert.equal(rows.length, MIGRATIONS.length, 'each migration recorded once');
      assert.equal(await runMigrations(clients[1]!), newest, 'migrating again is a no-op');
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  test('an assigner snapshot saved by another process makes a stale batch fail instead of overwriting it', async () => {
    const url = await server.createDatabase('guard');
    const [a, b] = [await openPostgresStore(url), await openPostgresStore(url)];
    try {
      const added = await a.store.addReport({ id: 'x', text: 'Buses left eastern Aleppo.', title: null, source: null, publishedAt: null, path: null, url: null, nonArticle: [] }, '2016-12-15T10:00:00.000Z');
      assert.ok(added.kind === 'added');
      assert.equal(await a.store.loadAssignerState(), null);
      assert.equal(await b.store.loadAssignerState(), null);
      await b.store.recordAssignments([], { by: 'b' }, '2016-12-15T10:00:00.000Z');
      const batch = [{ reportId: added.id, storyId: 's-1', isNewStory: true, similarity: 0, nearDuplicateOf: null, now: '2016-12-15T10:00:00.000Z' }];
      await assert.rejects(a.store.recordAssignments(batch, { by: 'a' }, '2016-12-15T10:00:00.000Z'), AssignerConflictError);
      assert.equal((await a.store.getReport(added.id))?.status, 'pending');
      assert.deepEqual(await a.store.loadAssignerState(), { by: 'b' });
      await a.store.recordAssignments(batch, { by: 'a' }, '2016-12-15T10:00:00.000Z');
      assert.equal((await b.store.getReport(added.id))?.status, 'assigned');
    } finally {
      await a.store.close();
      await b.store.close();
    }
  });

  test('a bad URL names the database without its password', async () => {
    assert.equal(redactUrl('postgres://u:secret@db.example:5432/news'), 'postgres://u:***@db.example:5432/news');
  });

  after(async () => {
    await server.destroy();
  });
}
