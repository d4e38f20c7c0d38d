/** @module Every CLI command, registered in one place. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerExtract } from './extract.js';
import { registerTimex } from './timex.js';

export function registerCommands(program: Command, io: CliIo): void {
  void program;
  void io;
  registerExtract(program, io);
  registerTimex(program, io);
}
