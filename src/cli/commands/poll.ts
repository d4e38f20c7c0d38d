/** @module `newsbrief poll` (every feed once, then process) and `newsbrief watch` (keep polling until stopped). */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { addDataOption, addFetchOptions, parseStreamOptions, withStream } from './stream-options.js';

export function registerPoll(program: Command, io: CliIo): void {
  const poll = program.command('poll').description('Poll every subscribed feed once, fetch the new articles, update their stories');
  addFetchOptions(addDataOption(poll))
    .addHelpText('after', '\nExample:\n  $ newsbrief poll --data ~/news\n  Polled 2 feeds (0 errors): 14 new articles; fetched 14, assigned 13; 3 briefs built')
    .action(async (raw: unknown) => {
      await withStream(io, parseStreamOptions(raw), async ({ context }) => {
        // Loaded when the command runs, not at start-up: every other command would pay for it.
        const [{ pollFeeds }, { processPass }] = await Promise.all([import('../../stream/index.js'), import('../../run/index.js')]);
        const polled = await pollFeeds(context, { all: true });
        const pass = await processPass(context, { assigner: null }, { force: true });
        io.stdout.write(
          `Polled ${polled.feeds} feeds (${polled.errors} errors): ${polled.newItems} new articles; fetched ${pass.fetched}, assigned ${pass.assigned}; ${pass.briefs} briefs built\n`,
        );
      });
    });
}

export function registerWatch(program: Command, io: CliIo): void {
  const watch = program.command('watch').description('Keep polling feeds and updating stories until interrupted (Ctrl-C)');
  addFetchOptions(addDataOption(watch))
    .addHelpText('after', '\nFeeds are polled every 15 minutes (backing off on errors); a story\'s brief is rebuilt a quiet minute after its last report, at most 10 minutes late.')
    .action(async (raw: unknown) => {
      await withStream(io, parseStreamOptions(raw), async ({ context, abandonBriefs }) => {
        const stop = new AbortController();
        const onSignal = (): void => {
          stop.abort();
          void abandonBriefs();
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        try {
          if (io.stderr.isTTY === true) io.stderr.write('Watching feeds; Ctrl-C to stop\n');
          const { watchStream } = await import('../../run/index.js');
          const passes = await watchStream(context, {}, stop.signal);
          io.stdout.write(`Stopped after ${passes} passes\n`);
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
      }, 1);
    });
}
