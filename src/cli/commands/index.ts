/** @module Every CLI command, registered in one place. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerBatch } from './batch.js';
import { registerBrief } from './brief.js';
import { registerCluster } from './cluster.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerTimex } from './timex.js';

export function registerCommands(program: Command, io: CliIo): void {
  registerBrief(program, io);
  registerBatch(program, io);
  registerEval(program, io);
  registerExtract(program, io);
  registerTimex(program, io);
  registerCluster(program, io);
}
