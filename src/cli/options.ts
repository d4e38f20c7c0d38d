/** @module Parsers for command-line option values that name what was expected and what was found. */
import { InvalidArgumentError } from 'commander';

/** Parses a flag that must be a positive integer. */
export function parsePositiveInt(name: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
      throw new InvalidArgumentError(`${name} must be a positive integer, got "${value}"`);
    }
    return Number(value);
  };
}
