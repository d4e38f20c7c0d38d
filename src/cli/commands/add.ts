/** @module `newsbrief add URL|PATH...`: stores reports (files now, URLs fetched), assigns them to stories and rebuilds the briefs. */
import type { Command } from 'commander';
import { NewsbriefError } from '../../errors.js';
import type { CliIo } from '../io.js';
import { addDataOption, addFetchOptions, parseStreamOptions, withStream } from './stream-options.js';

const EXAMPLES = `
Examples:
  $ newsbrief add examples/aleppo
  Stored 5 reports, queued 0 URLs (0 duplicates, 0 skipped); fetched 0, assigned 5; 1 brief built
  $ newsbrief add https://example.com/news/story.html --data ~/news
Every input is stored before it is processed: if the run is killed, the next run resumes.`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function registerAdd(program: Command, io: CliIo): void {
  const command = program
    .command('add')
    .description('Add reports (text or HTML files, folders, http(s) URLs) to the data directory and update their stories')
    .argument('<inputs...>', 'files, folders or URLs');
  addFetchOptions(addDataOption(command))
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], raw: unknown) => {
      if (inputs.length === 0) throw new NewsbriefError('BAD_OPTION', 'add needs at least one file, folder or URL');
      const options = parseStreamOptions(raw);
      await withStream(io, options, async (opened) => {
        // Loaded when the command runs, not at start-up: every other command would pay for it.
        const [{ addInputs }, { processPass }] = await Promise.all([import('../../stream/index.js'), import('../../run/index.js')]);
        let refused = 0;
        const context = {
          ...opened.context,
          onEvent: (event: Parameters<NonNullable<typeof opened.context.onEvent>>[0]) => {
            if (event.kind === 'fetch-failed' && !event.willRetry) refused += 1;
            opened.context.onEvent?.(event);
          },
        };
        const added = await addInputs(context, inputs);
        let pass;
        try {
          pass = await processPass(context, { assigner: null }, { force: true });
        } catch (error) {
          // On PostgreSQL, workers may be assigning at the same time; their newer snapshot wins and this
          // process's batch is not saved. The reports are stored, and the workers' sweep assigns them.
          if (!(error instanceof Error && error.name === 'AssignerConflictError')) throw error;
          io.stdout.write(`Stored ${plural(added.stored, 'report')}, queued ${plural(added.queued, 'URL')} (${plural(added.duplicates, 'duplicate')}, ${added.skipped} skipped)\n`);
          io.stderr.write('newsbrief: another process (a worker) is assigning reports on this database; the stored reports are left to it\n');
          return;
        }
        if (added.stored + added.queued + added.duplicates === 0 && added.skipped > 0) {
          // Each skipped input was named on stderr as it was met; a run that added nothing at all is a failure, not a summary.
          throw new NewsbriefError('NO_REPORTS', `Nothing added: ${plural(added.skipped, 'input')} skipped, expected at least one news report (text or HTML)`);
        }
        if (added.stored + added.duplicates === 0 && added.queued > 0 && refused >= added.queued) {
          // Each refusal was named on stderr; every URL failing for good is a failed run, as every file skipped is.
          const skipped = added.skipped > 0 ? ` and ${plural(added.skipped, 'input')} skipped` : '';
          throw new NewsbriefError('NO_REPORTS', `Nothing added: ${refused === 1 ? 'the URL' : `all ${refused} URLs`} failed for good${skipped}, expected at least one news report`);
        }
        io.stdout.write(
          `Stored ${plural(added.stored, 'report')}, queued ${plural(added.queued, 'URL')} (${plural(added.duplicates, 'duplicate')}, ${added.skipped} skipped); ` +
            `fetched ${pass.fetched}, assigned ${pass.assigned}; ${plural(pass.briefs, 'brief')} built\n`,
        );
      });
    });
}
