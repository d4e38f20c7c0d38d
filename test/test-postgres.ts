/**
 * @module A throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary directory,
 * pg_ctl on a free loopback port, removed at the end. Falls back to NEWSBRIEF_TEST_DATABASE_URL.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A server URL tests may use when no PostgreSQL binaries are installed (each test run makes its own database in it). */
export const TEST_DATABASE_URL_ENV = 'NEWSBRIEF_TEST_DATABASE_URL';
/** Set by CI: a test that would skip for want of PostgreSQL fails instead. */
export const REQUIRE_POSTGRES_ENV = 'NEWSBRIEF_REQUIRE_POSTGRES';

export interface TestPostgres {
  /** A fresh, empty database of its own. */
  readonly url: string;
  /** Whether stop()/start() control the server (false when running against NEWSBRIEF_TEST_DATABASE_URL). */
  readonly isOwned: boolean;
  /** The cluster's data directory when owned (benchmarks read the server's pid from it), else null. */
  readonly dataDir: string | null;
  /** Another fresh database on the same server. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (fast shutdown: open connections are cut, as in a restart). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its files (or drops the database made in the shared server). */
  destroy(): Promise<void>;
}

export interface TestPostgresOptions {
  /** The test stops and starts the server: a server of its own, never the shared NEWSBRIEF_TEST_DATABASE_URL. Default false. */
  readonly needsControl?: boolean;
  /** fsync and synchronous_commit off: fine for tests, not for durability measurements. Default true. */
  readonly isFast?: boolean;
}

/** The directory of initdb and pg_ctl, or null: Debian's /usr/lib/postgresql/N/bin (newest N), else PATH. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(root, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir !== '' && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  return null;
}

/** Why PostgreSQL tests cannot run here, or false when they can. Throws instead under NEWSBRIEF_REQUIRE_POSTGRES=1. */
export function postgresSkipReason(): string | false {
  if (postgresBinDir() !== null || (process.env[TEST_DATABASE_URL_ENV] ?? '') !== '') return false;
  const reason = `no PostgreSQL here: install the postgresql package (initdb, pg_ctl) or set ${TEST_DATABASE_URL_ENV}`;
  if (process.env[REQUIRE_POSTGRES_ENV] === '1') throw new Error(`${REQUIRE_POSTGRES_ENV}=1 but ${reason}`);
  return reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: as root, commands run as the postgres user. */
async function asPostgres(bin: string, args: readonly string[]): Promise<void> {
  if (isRoot()) await run('runuser', ['-u', 'postgres', '--', bin, ...args]);
  else await run(bin, [...args]);
}

async function createDb(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function fromEnv(baseUrl: string): Promise<TestPostgres> {
  const name = `newsbrief_test_${process.pid}_${Date.now().toString(36)}`;
  const made = [await createDb(baseUrl, name)];
  return {
    url: made[0]!,
    isOwned: false,
    dataDir: null,
    createDatabase: async (extra) => {
      const url = await createDb(baseUrl, `${name}_${extra}`);
      made.push(url);
      return url;
    },
    stop: async () => {
      throw new Error(`cannot stop the server at ${TEST_DATABASE_URL_ENV}`);
    },
    start: async () => undefined,
    destroy: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        for (const url of made) await client.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A fresh database on NEWSBRIEF_TEST_DATABASE_URL's server when set, else on a throwaway server of its own. Call postgresSkipReason() first. */
export async function startTestPostgres(options: TestPostgresOptions = {}): Promise<TestPostgres> {
  const bin = postgresBinDir();
  const envUrl = process.env[TEST_DATABASE_URL_ENV] ?? '';
  // A server given by the environment (CI starts one) saves an initdb per test file.
  if (envUrl !== '' && (options.needsControl !== true || bin === null)) return fromEnv(envUrl);
  if (bin === null) throw new Error(postgresSkipReason() || 'no PostgreSQL');
  const root = mkdtempSync(join(tmpdir(), 'newsbrief-pg-'));
  if (isRoot()) chownSync(root, Number((await run('id', ['-u', 'postgres'])).stdout.trim()), Number((await run('id', ['-g', 'postgres'])).stdout.trim()));
  const dataDir = join(root, 'data');
  const port = await freePort();
  await asPostgres(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const settings = ['-c listen_addresses=127.0.0.1', `-p ${port}`, `-k ${root}`, ...(options.isFast === false ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'])];
  const start = (): Promise<void> => asPostgres(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', join(root, 'log'), '-o', settings.join(' '), '-w', '-t', '60', 'start']);
  const stop = (): Promise<void> => asPostgres(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  await start();
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url: await createDb(adminUrl, 'newsbrief'),
    isOwned: true,
    dataDir,
    createDatabase: (name) => createDb(adminUrl, name),
    stop,
    start,
    destroy: async () => {
      await stop().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
