/** @module Parsers for command-line option values that name what was expected and what was found. */
import { InvalidArgumentError } from 'commander';
import type { z } from 'zod';
import { NewsbriefError } from '../errors.js';

/** Parses a flag that must be a positive integer. */
export function parsePositiveInt(name: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
      throw new InvalidArgumentError(`${name} must be a positive integer, got "${value}"`);
    }
    return Number(value);
  };
}

/**
 * The first problem zod found in commander's flags, as one line naming the flag as typed
 * (`--quiet-ms`, not the key `quietMs`), what was expected and the value given:
 * `Bad option --port: expected number to be <=65535, got "70000"`.
 */
export function badOptionError(raw: unknown, error: z.ZodError): NewsbriefError {
  const issue = error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  // zod says "Invalid input: expected number, received NaN": the value as typed says more than NaN.
  const expected = (issue?.message ?? 'invalid').replace(/^(Invalid input|Too small|Too big): /, '').replace(/, received \w+$/, '');
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return new NewsbriefError('BAD_OPTION', `Bad option ${flag}: ${expected}${value === undefined ? '' : `, got "${String(value)}"`}`);
}
