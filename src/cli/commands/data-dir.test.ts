import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fakeIo } from '../../../test/fake-io.js';
import { run } from '../main.js';
import { checkDataDir } from './data-dir.js';

const root = mkdtempSync(join(tmpdir(), 'nb-data-dir-'));
after(() => rmSync(root, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const { io, out, err } = fakeIo();
  const status = await run(args, io);
  return { status, stdout: out(), stderr: err() };
}

const CREATORS = 'newsbrief add, feeds add, poll, watch or serve';

test('read-only commands refuse a missing data directory in one line and do not create it', async () => {
  const missing = join(root, 'newsbrief-dat');
  for (const args of [['stories'], ['story', 's-1'], ['feeds', 'list'], ['feeds', 'remove', 'https://example.com/rss']]) {
    const result = await cli(...args, '--data', missing);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stderr, `newsbrief: No data directory at ${missing}: expected one made by ${CREATORS} (check --data)\n`);
    assert.equal(result.stdout, '');
    assert.equal(existsSync(missing), false, `${args.join(' ')} left no directory behind`);
  }
});

test('read-only commands refuse a folder that holds no store, and every command refuses a file', async () => {
  const folder = join(root, 'photos');
  mkdirSync(folder);
  const empty = await cli('stories', '--data', folder);
  assert.equal(empty.status, 2);
  assert.equal(empty.stderr, `newsbrief: ${folder} holds no newsbrief store (no pglite/PG_VERSION): expected a data directory made by ${CREATORS} (check --data)\n`);
  assert.equal(existsSync(join(folder, 'pglite')), false);

  const file = join(root, 'notes.txt');
  writeFileSync(file, 'not a directory\n');
  for (const args of [['stories'], ['add', 'examples/aleppo'], ['feeds', 'add', 'https://example.com/rss'], ['poll']]) {
    const result = await cli(...args, '--data', file);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stderr, `newsbrief: --data ${file} is a file: expected a data directory\n`);
  }
});

test('feeds add still creates a missing data directory, which feeds list then reads', { timeout: 120_000 }, async () => {
  const fresh = join(root, 'fresh', 'data');
  const added = await cli('feeds', 'add', 'https://feeds.example/world.xml', '--data', fresh);
  assert.equal(added.status, 0, added.stderr);
  assert.equal(added.stdout, 'Subscribed to https://feeds.example/world.xml\n');
  assert.ok(existsSync(join(fresh, 'pglite', 'PG_VERSION')));
  const listed = await cli('feeds', 'list', '--data', fresh);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /^https:\/\/feeds\.example\/world\.xml\t/);
});

test('on a terminal, a first add says it is creating the database (the silent seconds of a first run), and a second does not', { timeout: 120_000 }, async () => {
  const data = join(root, 'first-run');
  const report = join(root, 'report.txt');
  writeFileSync(report, 'Rebels withdrew from the last districts of the city on Monday, officials said.\n');
  const onTerminal = async (): Promise<string> => {
    const { io, err } = fakeIo();
    (io.stderr as { isTTY?: boolean }).isTTY = true;
    assert.equal(await run(['add', report, '--data', data], io), 0, err());
    return err();
  };
  assert.ok((await onTerminal()).startsWith(`\r\x1b[Kcreating the database in ${data}...`));
  assert.ok(!(await onTerminal()).includes('creating the database'));
});

test('a damaged store is one line saying what was expected and what PGlite found, not "undefined"', async () => {
  // A pglite folder whose files are not PostgreSQL's (as after a disk error or a stray copy).
  const damaged = join(root, 'damaged');
  mkdirSync(join(damaged, 'pglite', 'base'), { recursive: true });
  writeFileSync(join(damaged, 'pglite', 'global'), 'not a catalog\n');
  const result = await cli('feeds', 'add', 'https://example.com/rss', '--data', damaged);
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`^newsbrief: Cannot open the database in ${damaged}: expected a PGlite database in ${damaged}/pglite, found one it cannot open \\([^)]*\\w[^)]*\\)\\n$`));
  assert.doesNotMatch(result.stderr, /undefined/);
});

test('checkDataDir lets creating commands through on a missing directory, and skips every check with DATABASE_URL', async () => {
  const missing = join(root, 'not-yet');
  await checkDataDir(missing, 'create', false);
  assert.equal(existsSync(missing), false, 'the store creates it, not the check');
  await checkDataDir(missing, 'read', true);
  await assert.rejects(checkDataDir(missing, 'read', false), /No data directory at/);
});

test('a data directory this user cannot write is refused before the store opens it', { skip: process.getuid?.() === 0 ? 'root may write any folder' : false }, async () => {
  const locked = join(root, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o500);
  try {
    await assert.rejects(checkDataDir(locked, 'create', false), /^NewsbriefError: Cannot open the data directory .*locked: expected read and write access, found EACCES$/);
  } finally {
    chmodSync(locked, 0o700);
  }
});
