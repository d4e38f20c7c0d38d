/** @module Writes an output file all at once, so a failed run never leaves a partial file behind. */
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { NewsbriefError } from '../errors.js';

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
