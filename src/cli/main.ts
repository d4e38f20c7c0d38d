/** @module The `newsbrief` command line: a thin shell that parses flags and maps errors to exit codes. */
import { CommanderError, type Command } from 'commander';
import { isNewsbriefError } from '../errors.js';
import { processIo, type CliIo } from './io.js';
import { registerCommands } from './commands/index.js';
import { NewsbriefCommand } from './newsbrief-command.js';

/** Exit status for bad input (missing file, malformed data). Usage errors exit 2, as commander does. */
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export function buildProgram(io: CliIo): Command {
  const program = new NewsbriefCommand('newsbrief')
    .description('Turns many news reports about one story into one faithful brief.')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  registerCommands(program, io);
  return program;
}

/** Runs the CLI and returns the exit status; never calls process.exit itself. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (isNewsbriefError(error)) {
      io.stderr.write(`newsbrief: ${error.message}\n`);
      return error.code === 'BAD_OPTION' ? EXIT_USAGE : EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr.write(`newsbrief: internal error: ${message}\n`);
    return 70;
  }
}
