import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CACHE_DIR_ENV, createPglite, templatePath } from './create-database.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'newsbrief-template-'));

async function roundTrip(path: string | null, env: NodeJS.ProcessEnv): Promise<string> {
  const { db, started } = await createPglite(path, env);
  await db.exec('create table t (x int); insert into t values (42);');
  assert.deepEqual((await db.query('select x from t')).rows, [{ x: 42 }]);
  await db.close();
  return started;
}

test('a new database runs initdb once and leaves a private copy; the next new one starts from it, on disk and in memory', async () => {
  const cache = scratch();
  const env = { [CACHE_DIR_ENV]: join(cache, 'cache') };
  const file = templatePath(env)!;
  assert.match(file, /pglite-\d+\.\d+\.\d+.*-initdb\.tar\.gz$/);
  assert.equal(await roundTrip(null, env), 'initdb');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(statSync(join(cache, 'cache')).mode & 0o777, 0o700);
  assert.deepEqual(readdirSync(join(cache, 'cache')), [file.split('/').pop()], 'no partial file left behind');

  const dir = join(cache, 'db');
  assert.equal(await roundTrip(dir, env), 'template');
  // The copy holds no table of the database it was made from, and the new database keeps what it was given.
  const { db, started } = await createPglite(dir, env);
  assert.equal(started, 'existing');
  assert.deepEqual((await db.query('select x from t')).rows, [{ x: 42 }]);
  await db.close();
  const { db: again, started: fresh } = await createPglite(null, env);
  assert.equal(fresh, 'template');
  assert.deepEqual((await again.query("select count(*)::int as n from pg_tables where tablename = 't'")).rows, [{ n: 0 }]);
  await again.close();
});

test('a damaged copy is deleted and initdb runs instead; a copy others can write is not loaded', async () => {
  const cache = scratch();
  const env = { [CACHE_DIR_ENV]: cache };
  const file = templatePath(env)!;
  writeFileSync(file, 'not a tar file', { mode: 0o600 });
  chmodSync(cache, 0o700);
  // Left by processes killed while writing a copy: the old one is removed, a recent one may still be in use.
  writeFileSync(`${file}.1.old.partial`, 'x');
  utimesSync(`${file}.1.old.partial`, new Date(0), new Date(0));
  writeFileSync(`${file}.2.new.partial`, 'x');
  assert.equal(await roundTrip(join(cache, 'db'), env), 'initdb');
  assert.notEqual(statSync(file).size, 'not a tar file'.length, 'replaced by a real copy');
  assert.equal(existsSync(`${file}.1.old.partial`), false);
  assert.equal(existsSync(`${file}.2.new.partial`), true);

  // World-writable: anyone could have put it there, so initdb runs (and its own copy replaces it).
  chmodSync(file, 0o666);
  assert.equal(await roundTrip(null, env), 'initdb');
  assert.equal(statSync(file).mode & 0o777, 0o600);
});

test('with the cache off nothing is written, and a directory that is not empty is opened as it is, never replaced', async () => {
  const cache = scratch();
  const off = { [CACHE_DIR_ENV]: '' };
  assert.equal(templatePath(off), null);
  const dir = join(cache, 'db');
  assert.equal(await roundTrip(dir, off), 'initdb');
  assert.deepEqual(readdirSync(cache), ['db']);

  const odd = join(cache, 'odd');
  mkdirSync(odd);
  writeFileSync(join(odd, 'notes.txt'), 'keep me');
  const env = { [CACHE_DIR_ENV]: join(cache, 'cache') };
  await createPglite(odd, env).then(
    async ({ db, started }) => {
      assert.equal(started, 'existing');
      await db.close();
    },
    () => undefined, // PGlite may refuse such a directory; either way it is left alone
  );
  assert.ok(existsSync(join(odd, 'notes.txt')));
  assert.equal(existsSync(join(cache, 'cache')), false, 'an existing directory neither reads nor writes the copy');
});
