/** @module `newsbrief worker`: processes jobs from the PostgreSQL that DATABASE_URL names, beside any number of other workers, until stopped. */
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';
import type { CliIo } from '../io.js';
import { badOptionError } from '../options.js';
import { addFetchOptions, parseStreamOptions, progressReporter } from './stream-options.js';

const workerFlagsSchema = z.object({
  concurrency: z.coerce.number().int().min(1).max(64).default(1),
  quietMs: z.coerce.number().int().min(0).optional(),
  assignBatch: z.coerce.number().int().min(1).optional(),
});

const EXAMPLES = `
Examples:
  $ export DATABASE_URL=postgres://newsbrief@localhost/newsbrief
  $ newsbrief serve --no-workers &      # the API and the page, no processing
  $ newsbrief worker --concurrency 2 &  # as many of these as you like, on any machine
Feeds are polled, pages fetched, reports assigned and briefs rebuilt by whichever worker is free;
a worker killed mid-job loses nothing (its job is retried, or found again in the store).`;

export function registerWorker(program: Command, io: CliIo): void {
  const command = program.command('worker').description('Process jobs (fetch, assign, rebuild briefs, poll feeds) from the PostgreSQL that DATABASE_URL names');
  addFetchOptions(command)
    .option('--concurrency <n>', 'jobs of each kind processed at once by this process (default 1)')
    .option('--quiet-ms <ms>', 'quiet time before a story brief is rebuilt (default 10000)')
    // For tests: small batches make a short stream cross many batch boundaries.
    .addOption(new Option('--assign-batch <n>', 'reports per assignment batch').hideHelp())
    .addHelpText('after', EXAMPLES)
    .action(async (raw: Record<string, unknown>) => {
      const options = parseStreamOptions(raw);
      const parsed = workerFlagsSchema.safeParse(raw);
      if (!parsed.success) throw badOptionError(raw, parsed.error);
      // Loaded when the command runs, not at start-up: every other command would pay for it.
      const { databaseUrl } = await import('../../store/index.js');
      const url = databaseUrl();
      if (url === null) throw new NewsbriefError('BAD_OPTION', 'newsbrief worker needs a PostgreSQL database: set DATABASE_URL=postgres://...');
      const { startWorker, DEFAULT_WORKER_QUIET_MS } = await import('../../run/jobs/index.js');
      const worker = await startWorker({
        url,
        concurrency: parsed.data.concurrency,
        quietMs: parsed.data.quietMs ?? DEFAULT_WORKER_QUIET_MS,
        ...(parsed.data.assignBatch === undefined ? {} : { assignBatch: parsed.data.assignBatch }),
        allowPrivate: options.allowPrivate,
        allowHosts: options.allowHost,
        ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
        log: (line) => io.stderr.write(`newsbrief worker: ${line}\n`),
        onEvent: progressReporter(io),
      });
      io.stderr.write(`newsbrief worker ${process.pid} started (concurrency ${parsed.data.concurrency}); Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await worker.stop();
      io.stderr.write(`newsbrief worker ${process.pid} stopped\n`);
    });
}
