import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { MIGRATIONS } from '../migrations.js';
import { runMigrations } from '../run-migrations.js';
import { saveStoryVersion } from '../sql/story-queries.js';
import { STORY_LOCK_SPACE } from './advisory-locks.js';
import { AssignerConflictError } from './guard-assigner-state.js';
import { createPgClient } from './pg-client.js';
import { redactUrl } from '../redact-url.js';
import { migrateLocked, openPostgresStore } from './open-postgres-store.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from '../../../test/test-postgres.js';

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

  test("a version saved outside the queue waits for a worker holding the story's lock, then takes the next number", async () => {
    const url = await server.createDatabase('story_lock');
    const { store } = await openPostgresStore(url);
    const worker = createPgClient(url);
    try {
      const now = '2016-12-15T10:00:00.000Z';
      const added = await store.addReport({ id: 'x', text: 'Buses left eastern Aleppo.', title: null, source: null, publishedAt: null, path: null, url: null, nonArticle: [] }, now);
      assert.ok(added.kind === 'added');
      await store.recordAssignments([{ reportId: added.id, storyId: 's-1', isNewStory: true, similarity: 0, nearDuplicateOf: null, now }], {}, now);
      const version = { storyId: 's-1', revision: 1, reportIds: [added.id], brief: { by: 'add' }, changes: {}, now };
      let releaseWorker: () => void = () => undefined;
      let saving: Promise<unknown> | null = null;
      // The worker's transaction: takes the story lock as rebuild-locked.ts does, lets the other save start, then saves version 1.
      const workerDone = worker.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [STORY_LOCK_SPACE, 's-1']);
        saving = store.saveStoryVersion(version);
        await new Promise<void>((resolve) => {
          releaseWorker = resolve;
          setTimeout(resolve, 300);
        });
        const waiting = (await tx.query("select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted")).rows[0] as { n: number };
        assert.equal(waiting.n, 1, 'the save outside the queue is waiting for the story lock');
        await saveStoryVersion(tx, { ...version, brief: { by: 'worker' } });
      });
      await workerDone;
      releaseWorker();
      const saved = (await saving!) as { version: number };
      assert.equal(saved.version, 2, 'saved after the worker, as the next version');
      assert.deepEqual((await store.storyVersion('s-1', 1))?.brief, { by: 'worker' });
      assert.deepEqual((await store.storyVersion('s-1'))?.brief, { by: 'add' });
    } finally {
      await worker.close();
      await store.close();
    }
  });

  test('a bad URL names the database without its password', async () => {
    assert.equal(redactUrl('postgres://u:secret@db.example:5432/news'), 'postgres://u:***@db.example:5432/news');
  });

  after(async () => {
    await server.destroy();
  });
}
