/** @module The CLI's file edges: reading an input file, writing an output file all at once. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NewsbriefError } from '../errors.js';

/** What a failed read found, in words: "no such file or directory", "it is a directory"... */
function describeReadError(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return String(code ?? cause);
}

/** The bytes of an input file, or a one-line error naming the path and what went wrong. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    throw new NewsbriefError('ENOENT', `Cannot read ${path}: ${describeReadError(cause)}`, { path, cause });
  }
}

/** Bytes read for the binary test, as decode-text.ts reads for reports: a NUL there is no text file. */
const BINARY_SAMPLE_BYTES = 65_536;

/**
 * The UTF-8 text of an input file (a JSONL dataset or stream). An empty, whitespace-only, binary or
 * non-UTF-8 file is refused with a one-line error saying what was `expected` (default "JSON lines").
 */
export async function readInputText(path: string, expected = 'JSON lines'): Promise<string> {
  const bytes = await readInputBytes(path);
  if (bytes.length === 0) throw new NewsbriefError('EMPTY', `${path} is empty: expected ${expected}`, { path });
  const nul = bytes.subarray(0, BINARY_SAMPLE_BYTES).indexOf(0);
  if (nul !== -1) throw new NewsbriefError('BINARY', `${path} looks binary (NUL byte at offset ${nul}): expected ${expected} in UTF-8 text`, { path });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new NewsbriefError('DECODE', `${path} is not valid UTF-8: expected ${expected} in UTF-8 text`, { path, cause });
  }
  if (text.trim() === '') throw new NewsbriefError('EMPTY', `${path} has only whitespace: expected ${expected}`, { path });
  return text;
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
