/** @module Every CLI command, registered in one place. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerBatch } from './batch.js';
import { registerBrief } from './brief.js';
import { registerCluster } from './cluster.js';
import { registerEval } from './eval.js';
import { registerAdd } from './add.js';
import { registerExtract } from './extract.js';
import { registerFeeds } from './feeds.js';
import { registerPoll, registerWatch } from './poll.js';
import { registerServe } from './serve.js';
import { registerStories, registerStory } from './stories.js';
import { registerTimex } from './timex.js';
import { registerWorker } from './worker.js';

export function registerCommands(program: Command, io: CliIo): void {
  registerBrief(program, io);
  registerBatch(program, io);
  registerEval(program, io);
  registerExtract(program, io);
  registerTimex(program, io);
  registerAdd(program, io);
  registerFeeds(program, io);
  registerPoll(program, io);
  registerWatch(program, io);
  registerStories(program, io);
  registerStory(program, io);
  registerCluster(program, io);
  registerServe(program, io);
  registerWorker(program, io);
}
