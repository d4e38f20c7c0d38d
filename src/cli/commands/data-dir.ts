/**
 * @module Checks `--data DIR` before the store opens it: commands that only read (`stories`, `story`,
 * `feeds list`, `feeds remove`) refuse a directory that holds no store, so a typo does not make an
 * empty one; commands that add (`add`, `feeds add`, `poll`, `watch`, `serve`) create it when missing.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsbriefError } from '../../errors.js';

/** `read`: the store must already be there; `create`: made when missing. */
export type DataDirUse = 'read' | 'create';

/** The commands that create a data directory, for messages. */
const CREATORS = 'newsbrief add, feeds add, poll, watch or serve';

/**
 * A file PGlite's initdb writes first into its folder (`DATA/pglite/PG_VERSION`): without it the
 * folder holds no database, whatever else it holds.
 */
async function storeMarker(): Promise<string> {
  // From the store's door, loaded only when a command checks its directory (--help and brief never do).
  const { PGLITE_SUBDIR } = await import('../../store/index.js');
  return join(PGLITE_SUBDIR, 'PG_VERSION');
}

/** Whether `dir` already holds an embedded database (so opening it will not create one). */
export async function hasDatabase(dir: string): Promise<boolean> {
  return (await statOrNull(join(dir, await storeMarker()))) !== null;
}

async function statOrNull(path: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new NewsbriefError('BAD_OPTION', `Cannot open the data directory ${path}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`, { path, cause });
  }
}

/**
 * Throws a one-line error when `dir` cannot serve as the data directory for `use`. Skipped when
 * `DATABASE_URL` names a PostgreSQL server (`isExternalDatabase`): the directory is not used then.
 */
export async function checkDataDir(dir: string, use: DataDirUse, isExternalDatabase: boolean): Promise<void> {
  if (isExternalDatabase) return;
  const found = await statOrNull(dir);
  if (found === null) {
    if (use === 'create') return;
    throw new NewsbriefError('BAD_OPTION', `No data directory at ${dir}: expected one made by ${CREATORS} (check --data)`, { path: dir });
  }
  if (!found.isDirectory()) throw new NewsbriefError('BAD_OPTION', `--data ${dir} is a file: expected a data directory`, { path: dir });
  try {
    // The store writes its lock file even to read: a folder it cannot write is as unusable as a missing one.
    await access(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (cause) {
    throw new NewsbriefError('BAD_OPTION', `Cannot open the data directory ${dir}: expected read and write access, found ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`, { path: dir, cause });
  }
  if (use === 'read' && !(await hasDatabase(dir))) {
    throw new NewsbriefError('BAD_OPTION', `${dir} holds no newsbrief store (no ${await storeMarker()}): expected a data directory made by ${CREATORS} (check --data)`, { path: dir });
  }
}
