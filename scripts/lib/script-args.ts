/**
 * @module The developer scripts' command line: `--help` prints the usage and exits 0; an unknown or
 * malformed option is one line on stderr and exit 2, not parseArgs' stack trace.
 */
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit status of a usage error, as the CLI and most Unix tools use. */
export const EXIT_USAGE = 2;

/** The running script's file name, for messages: `bench-serve.js`. */
function scriptName(): string {
  return basename(process.argv[1] ?? 'script');
}

/** Prints `message` as one line naming the script and pointing at --help, and exits 2. */
export function failUsage(message: string): never {
  process.stderr.write(`${scriptName()}: ${message} (see --help)\n`);
  process.exit(EXIT_USAGE);
}

/** The options a script knows, as they are typed: `--words, --limit`. */
function knownOptions(config: ParseArgsConfig): string {
  const names = Object.keys(config.options ?? {}).map((name) => `--${name}`);
  return names.length === 0 ? 'no options' : names.join(', ');
}

/**
 * `parseArgs(config)` on the script's arguments (`config.args`, default `process.argv.slice(2)`),
 * with `--help`/`-h` (before any `--`) answered first: `usage` is printed and the process exits 0,
 * so a script asked for help does none of its work.
 */
export function parseScriptArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  const end = args.indexOf('--');
  const flags = end === -1 ? args : args.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  try {
    return parseArgs<T>({ ...config, args });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    // parseArgs' messages run on with advice about '--'; their first sentence names what was found.
    const found = (error as Error).message.split('. ')[0] ?? code;
    failUsage(code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `${found}: expected ${knownOptions(config)}` : found);
  }
}
