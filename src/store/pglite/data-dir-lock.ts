/** @module One process per data directory: PGlite is single-process, so a second writer would corrupt it. */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { NewsbriefError } from '../../errors.js';

export const LOCK_FILE = 'newsbrief.lock';

/** Lock files this process holds: a pid match alone could be a dead process's pid reused. */
const held = new Set<string>();

/**
 * The process's state letter from /proc/PID/stat (Linux), or null where there is none. `Z`: a zombie, dead but
 * not yet reaped by its parent (a shell or a test harness that has not waited), which kill(pid, 0) still finds.
 */
export function processState(pid: number, readStat: (path: string) => string = (path) => readFileSync(path, 'utf8')): string | null {
  try {
    // "PID (COMM) S ...": the command name may hold spaces and parentheses, so read after its last ')'.
    const stat = readStat(`/proc/${pid}/stat`);
    return /^\s*(\S)/.exec(stat.slice(stat.lastIndexOf(')') + 1))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Whether `pid` is a running process: one that exists (kill(pid, 0)) and is not a zombie (dead, holding nothing). */
export function isAlive(pid: number, readStat?: (path: string) => string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const state = processState(pid, readStat);
  return state !== 'Z' && state !== 'X';
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new NewsbriefError('BAD_OPTION', `Cannot lock the data directory: ${(error as Error).message}`, { path, cause: error });
  }
}

/**
 * Takes the directory's lock file, or throws naming the process that holds it. A lock left by a
 * killed process (its pid no longer runs) is taken over: that is the restart after SIGKILL.
 * Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  if (!tryCreate(path)) {
    const holder = Number(readFileSync(path, 'utf8').trim());
    const isOurs = holder === process.pid && held.has(path);
    if (isOurs || (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder))) {
      throw new NewsbriefError('BAD_OPTION', `The data directory ${dir} is in use by process ${holder}: expected one newsbrief at a time (stop it, or use another --data)`, { path: dir });
    }
    rmSync(path, { force: true });
    if (!tryCreate(path)) throw new NewsbriefError('BAD_OPTION', `The data directory ${dir} was locked by another process just now`, { path: dir });
  }
  held.add(path);
  return () => {
    held.delete(path);
    rmSync(path, { force: true });
  };
}
