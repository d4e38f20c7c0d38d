/** @module The CLI's file edges: reading an input file, writing an output file all at once. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NewsbriefError } from '../errors.js';

/** The text of an input file, or a one-line error naming the path and what went wrong. */
export async function readInputText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const found = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? cause);
    throw new NewsbriefError('ENOENT', `Cannot read ${path}: ${found}`, { path, cause });
  }
}

/** Writes through a temporary file and a rename, so a failed run never leaves a partial file behind. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new NewsbriefError('ENOENT', `Cannot write ${path}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`, { path, cause });
  }
}
