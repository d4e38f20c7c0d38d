/** @module Turns the bytes of a text report into a string, refusing binary and undecodable input. */
import { NewsbriefError } from '../errors.js';

/** Share of control bytes above which a file is taken as binary (text has tabs and newlines, nothing else). */
export const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes UTF-8 (with or without BOM); `label` names the input in error messages, and `expected` says in
 * them what an empty input should have held (a dataset file is not a report, and its message must say so).
 */
export function decodeText(bytes: Uint8Array, label: string, expected = 'the text of a news report'): string {
  if (bytes.length === 0) throw new NewsbriefError('EMPTY', `${label} is empty: expected ${expected}`, { path: label });
  let controls = 0;
  const sample = Math.min(bytes.length, 65_536);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      throw new NewsbriefError('BINARY', `${label} looks binary (NUL byte at offset ${i}): expected UTF-8 text`, { path: label });
    }
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  if (controls / sample > MAX_CONTROL_SHARE) {
    throw new NewsbriefError('BINARY', `${label} looks binary (${controls} control bytes): expected UTF-8 text`, { path: label });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new NewsbriefError('DECODE', `${label} is not valid UTF-8: expected UTF-8 text (convert it with iconv first)`, {
      path: label,
      cause,
    });
  }
  if (text.trim() === '') throw new NewsbriefError('EMPTY', `${label} has only whitespace: expected ${expected}`, { path: label });
  return text;
}
