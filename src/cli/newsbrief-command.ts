/** @module A commander Command whose usage errors are one line that names the command and what it expected. */
import { Command } from 'commander';

/** `newsbrief feeds add`: the words a user types to reach `command`. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c !== null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The long flags `command` takes, as typed: `--words, --format, --cluster or --help`. */
function expectedOptions(command: Command): string {
  const flags = [...command.options.filter((o) => !o.hidden && o.long !== undefined).map((o) => o.long!), '--help'];
  return flags.length === 1 ? flags[0]! : `${flags.slice(0, -1).join(', ')} or ${flags.at(-1)!}`;
}

/**
 * Commander's message for `code`, rewritten for one line on stderr: its "error: " prefix becomes the
 * CLI's "newsbrief: ", its "(Did you mean ...?)" joins the line, and an unknown option or command
 * is followed by what was expected there.
 */
export function usageMessage(command: Command, message: string, code: string | undefined): string {
  const oneLine = message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
  // Commander's suggestion goes last, after what was expected: "(did you mean --words?)".
  const [, text = oneLine, suggestion] = /^(.*?)(?: \((Did you mean [^)]*)\))?$/.exec(oneLine) ?? [];
  const hint = suggestion === undefined ? '' : ` (d${suggestion.slice(1)})`;
  const path = commandPath(command);
  if (code === 'commander.unknownOption') return `newsbrief: ${text} for ${path}: expected ${expectedOptions(command)}${hint}`;
  if (code === 'commander.unknownCommand') {
    const names = command.commands.map((c) => c.name()).filter((name) => name !== 'help');
    return `newsbrief: ${text}: expected one of ${names.join(', ')}${hint} (see ${path} --help)`;
  }
  return `newsbrief: ${oneLine} (see ${path} --help)`;
}

/** Every command and subcommand of the CLI is one of these (commander builds subcommands with createCommand). */
export class NewsbriefCommand extends Command {
  override createCommand(name?: string): Command {
    return new NewsbriefCommand(name);
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    return super.error(usageMessage(this, message, errorOptions?.code), errorOptions);
  }
}
