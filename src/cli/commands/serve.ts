/** @module `newsbrief serve`: the HTTP API and the reading page over a data directory, with polling and processing running inside. */
import type { Command } from 'commander';
import { z } from 'zod';
import { NewsbriefError } from '../../errors.js';
import type { CliIo } from '../io.js';
import { checkDataDir } from './data-dir.js';
import { badOptionError } from '../options.js';
import { addDataOption, addFetchOptions, parseStreamOptions } from './stream-options.js';

export const DEFAULT_PORT = 8080;

const serveFlagsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  host: z.string().min(1).default('127.0.0.1'),
  quietMs: z.coerce.number().int().min(0).optional(),
  publicHost: z.array(z.string().min(1).max(253)).default([]),
});

const EXAMPLES = `
Examples:
  $ newsbrief serve --data ~/news
  newsbrief serving http://127.0.0.1:8080 (data ~/news); Ctrl-C to stop
  $ curl -s -X POST localhost:8080/api/reports -H 'content-type: application/json' -d '{"text":"..."}'
  {"id":"r1","story":null,"status":"pending","duplicateOf":null}
Write routes require "Authorization: Bearer KEY" when NEWSBRIEF_API_KEY is set. API description: /openapi.json`;

export function registerServe(program: Command, io: CliIo): void {
  const command = program.command('serve').description('Serve the HTTP API and the live reading page; feeds are polled and reports processed inside');
  addFetchOptions(addDataOption(command))
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <address>', 'address to listen on (default 127.0.0.1; 0.0.0.0 to expose it)')
    .option('--public-host <name...>', 'host names the server answers to besides localhost while it listens on loopback, e.g. behind a proxy on this machine (others get 403: DNS rebinding)')
    .option('--quiet-ms <ms>', 'quiet time before a story brief is rebuilt (default 10000)')
    .option('--no-workers', 'serve only: `newsbrief worker` processes poll and process (needs DATABASE_URL)')
    .addHelpText('after', EXAMPLES)
    .action(async (raw: Record<string, unknown>) => {
      const options = parseStreamOptions(raw);
      const parsed = serveFlagsSchema.safeParse(raw);
      if (!parsed.success) throw badOptionError(raw, parsed.error);
      const isProcessing = raw.workers !== false;
      // Loaded when the command runs, not at start-up: every other command would pay for it.
      const { databaseUrl } = await import('../../store/index.js');
      const url = databaseUrl();
      if (!isProcessing && url === null) throw new NewsbriefError('BAD_OPTION', '--no-workers needs DATABASE_URL=postgres://...: the embedded store has room for one process only, so nobody else could process');
      // Set but empty is a mistake (an unset secret in a deployment's environment), not a wish for open write routes.
      const apiKey = process.env.NEWSBRIEF_API_KEY;
      if (apiKey !== undefined && apiKey.trim() === '') throw new NewsbriefError('BAD_OPTION', 'NEWSBRIEF_API_KEY is set but empty: expected the key write routes require (unset it to leave them open)');
      await checkDataDir(options.data, 'create', url !== null);
      const { startServer } = await import('../../http/index.js');
      const server = await startServer({
        dataDir: options.data,
        port: parsed.data.port,
        hostname: parsed.data.host,
        apiKey: apiKey ?? null,
        allowPrivate: options.allowPrivate,
        allowHosts: options.allowHost,
        ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
        ...(parsed.data.quietMs === undefined ? {} : { quietMs: parsed.data.quietMs }),
        log: (line) => io.stderr.write(`newsbrief: ${line}\n`),
        isProcessing,
        publicHosts: parsed.data.publicHost,
      });
      const where = url === null ? `data ${options.data}` : `database ${(await import('../../store/index.js')).redactUrl(url)}${isProcessing ? '' : ', no workers of its own'}`;
      io.stderr.write(`newsbrief serving ${server.url} (${where}); Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
      io.stderr.write('newsbrief: stopped\n');
    });
}
