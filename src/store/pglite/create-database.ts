/**
 * @module Opens a PGlite database, starting a new one from a cached copy of a fresh initdb when it can: initdb
 * in WebAssembly takes 6-9 s, loading its copy 2-3 s.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** Where the copy is kept; NEWSBRIEF_CACHE_DIR overrides, and set empty turns the cache off. */
export const CACHE_DIR_ENV = 'NEWSBRIEF_CACHE_DIR';

/** The installed PGlite's version: a copy is only loaded by the PGlite that wrote it. */
function pgliteVersion(): string | null {
  try {
    // The package does not export its package.json, so it is found beside the resolved entry point.
    let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    for (let i = 0; i < 4; i++, dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && typeof pkg.version === 'string') return pkg.version;
    }
  } catch {
    // No version, no cache.
  }
  return null;
}

/** The copy's path for this environment, or null when the cache is off. */
export function templatePath(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env[CACHE_DIR_ENV];
  if (configured === '') return null;
  const version = pgliteVersion();
  if (version === null) return null;
  const dir = configured ?? join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'newsbrief');
  return join(dir, `pglite-${version}-initdb.tar.gz`);
}

/**
 * A copy another user could have written is not loaded: it becomes the new database's contents. It must be
 * ours and writable by no one else, in a directory that is ours too.
 */
function isTrusted(file: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return false;
  try {
    return [file, dirname(file)].every((path) => {
      const stat = statSync(path);
      return stat.uid === uid && (stat.mode & 0o022) === 0;
    });
  } catch {
    return false;
  }
}

/** A copy being written for longer than this was left by a process killed mid-write. */
const STALE_PARTIAL_MS = 10 * 60 * 1000;

function removeStalePartials(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue;
    try {
      if (now - statSync(join(dir, name)).mtimeMs > STALE_PARTIAL_MS) unlinkSync(join(dir, name));
    } catch {
      // Gone already, or another process's: it will be cleaned another time.
    }
  }
}

async function saveTemplate(db: PGlite, file: string): Promise<void> {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    removeStalePartials(dirname(file), Date.now());
    const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    // Written whole under another name, then renamed: processes starting at once never read half a copy.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
    writeFileSync(partial, dump, { mode: 0o600 });
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written only costs the next new database its initdb.
  }
}

/** How a database was opened: it was there, it started from the cached copy, or initdb made it. */
export type PgliteStart = 'existing' | 'template' | 'initdb';

/**
 * Opens the PGlite database at `path` (null: in memory). A database that does not exist yet starts from the
 * cached copy of a fresh initdb when there is a trusted one, and otherwise runs initdb and leaves its copy for
 * next time. A copy that fails to load is deleted and initdb runs instead.
 */
export async function createPglite(path: string | null, env: NodeJS.ProcessEnv = process.env): Promise<{ db: PGlite; started: PgliteStart }> {
  // Only a missing or empty directory is new: anything else is opened as it is, so a damaged database is
  // reported, never overwritten (and a failed load below only removes what it wrote itself).
  const isNew = path === null || !existsSync(path) || readdirSync(path).length === 0;
  const open = (options: { loadDataDir?: Blob } = {}): Promise<PGlite> => (path === null ? PGlite.create(options) : PGlite.create(path, options));
  if (!isNew) return { db: await open(), started: 'existing' };
  const template = templatePath(env);
  if (template !== null && existsSync(template) && isTrusted(template)) {
    try {
      return { db: await open({ loadDataDir: new Blob([readFileSync(template)]) }), started: 'template' };
    } catch {
      try {
        unlinkSync(template);
      } catch {
        // Another process may have removed it first.
      }
      if (path !== null) rmSync(path, { recursive: true, force: true });
    }
  }
  const db = await open();
  if (template !== null) await saveTemplate(db, template);
  return { db, started: 'initdb' };
}
