import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openWorkerSqlClient, WorkerSqlError } from './worker-sql-client.js';

// The embedded store's own tests, run again with PGlite on a worker thread: same SQL, same answers.
process.env.NEWSBRIEF_STORE_TEST_WORKER = '1';
await import('../store.test.js');

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-worker-sql-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a transaction holds the line: a statement sent meanwhile waits for its commit, and a failed one is rolled back', async () => {
  let released = 0;
  const client = await openWorkerSqlClient(join(dir, 'db'), () => (released += 1));
  try {
    await client.exec('create table t (n integer primary key)');
    let inside = 0;
    const transaction = client.transaction(async (tx) => {
      await tx.query('insert into t values (1)');
      await new Promise((resolve) => setTimeout(resolve, 50));
      inside = Number(((await tx.query('select count(*)::int as n from t')).rows[0] as { n: number }).n);
      await tx.query('insert into t values (2)');
    });
    const outside = client.query('select count(*)::int as n from t');
    await transaction;
    assert.equal(inside, 1);
    assert.equal((((await outside).rows[0]) as { n: number }).n, 2, 'the outside read came after the commit');
    await assert.rejects(
      client.transaction(async (tx) => {
        await tx.query('insert into t values (3)');
        await tx.query('insert into t values (1)');
      }),
      (error) => error instanceof WorkerSqlError && error.code === '23505',
    );
    assert.deepEqual((await client.query('select n from t order by n')).rows, [{ n: 1 }, { n: 2 }]);
    assert.equal((await client.query('update t set n = n + 10 where n > 1')).affectedRows, 1);
  } finally {
    await client.close();
  }
  assert.equal(released, 1);
  await assert.rejects(client.query('select 1'), /exited|closed/);
});

test('a second thread on a port: its transaction keeps the parent out, the parent\'s keeps it out, and a port closed inside one is rolled back', async () => {
  const client = await openWorkerSqlClient(join(dir, 'ports'), () => undefined);
  const { createPortSqlClient } = await import('./worker-sql-client.js');
  const other = createPortSqlClient(client.openPort());
  try {
    await client.exec('create table t (n integer primary key)');
    let seenInside = -1;
    const onPort = other.transaction(async (tx) => {
      await tx.query('insert into t values (1)');
      await new Promise((resolve) => setTimeout(resolve, 50));
      seenInside = Number(((await tx.query('select count(*)::int as n from t')).rows[0] as { n: number }).n);
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const parentWrite = client.query('insert into t values (2)');
    await onPort;
    await parentWrite;
    assert.equal(seenInside, 1, "the parent's insert waited for the port's commit");
    let portSaw = -1;
    const onParent = client.transaction(async (tx) => {
      await tx.query('insert into t values (3)');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.query('insert into t values (4)');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    portSaw = Number(((await other.query('select count(*)::int as n from t')).rows[0] as { n: number }).n);
    await onParent;
    assert.equal(portSaw, 4, "the port's read came after the parent's commit");

    // A thread that dies inside its transaction: its port closes under it.
    const port = client.openPort();
    const stranded = createPortSqlClient(port);
    const left = stranded.transaction(async (tx) => {
      await tx.query('insert into t values (5)');
      port.close();
      await new Promise((resolve) => setTimeout(resolve, 10));
      await tx.query('insert into t values (6)');
    });
    await assert.rejects(left, /closed/);
    assert.deepEqual((await client.query('select n from t order by n')).rows, [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }], 'the closed port\'s transaction was rolled back');
  } finally {
    await other.close();
    await client.close();
  }
});
