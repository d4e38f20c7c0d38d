import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from 'commander';
import { fakeIo } from '../../test/fake-io.js';
import { buildProgram, run } from './main.js';

/**
 * Every command a user can run, as the words they type (`['feeds', 'add']`), with a value for each
 * required option (`batch --words 1`): commander checks those before unknown options.
 */
function leafCommands(command: Command, path: readonly string[] = []): { path: string[]; required: string[] }[] {
  const children = command.commands.filter((c) => c.name() !== 'help');
  if (children.length === 0) return [{ path: [...path], required: command.options.filter((o) => o.mandatory).flatMap((o) => [o.long!, '1']) }];
  return children.flatMap((c) => leafCommands(c, [...path, c.name()]));
}

async function usage(args: readonly string[]): Promise<{ status: number; stderr: string; stdout: string }> {
  const { io, out, err } = fakeIo();
  const status = await run(args, io);
  return { status, stderr: err(), stdout: out() };
}

test('an unknown option on any command is one line naming it, the command and the options it takes, exit 2', async () => {
  const commands = leafCommands(buildProgram(fakeIo().io));
  assert.ok(commands.length >= 16, `${commands.length} commands`);
  for (const { path, required } of commands) {
    const { status, stderr, stdout } = await usage([...path, ...required, '--no-such-option']);
    assert.equal(status, 2, `${path.join(' ')}: ${stderr}`);
    assert.match(stderr, new RegExp(`^newsbrief: unknown option '--no-such-option' for newsbrief ${path.join(' ')}: expected (--[a-z-]+, )*(--[a-z-]+ or )?--help\\n$`));
    assert.equal(stdout, '');
  }
});

test('a near miss keeps commander\'s suggestion, on the same line', async () => {
  const { status, stderr } = await usage(['brief', 'examples/aleppo', '--word', '50']);
  assert.equal(status, 2);
  assert.equal(stderr, "newsbrief: unknown option '--word' for newsbrief brief: expected --words, --format, --cluster or --help (did you mean --words?)\n");
});

test('an unknown command lists the commands there are', async () => {
  const top = await usage(['sumarize']);
  assert.equal(top.status, 2);
  assert.match(top.stderr, /^newsbrief: unknown command 'sumarize': expected one of brief, batch, eval, [a-z, ]+ \(see newsbrief --help\)\n$/);
  const feeds = await usage(['feeds', 'delete', 'https://example.com/rss']);
  assert.equal(feeds.status, 2);
  assert.equal(feeds.stderr, "newsbrief: unknown command 'delete': expected one of add, list, remove (see newsbrief feeds --help)\n");
});

test('other usage errors are one line with the CLI\'s prefix and where to read more', async () => {
  const cases: readonly [readonly string[], string][] = [
    [['brief', 'examples/aleppo', '--words', '0'], 'newsbrief: option \'-w, --words <n>\' argument \'0\' is invalid. --words must be a positive integer, got "0" (see newsbrief brief --help)\n'],
    [['batch', 'data.jsonl'], "newsbrief: required option '-w, --words <n>' not specified (see newsbrief batch --help)\n"],
    [['add'], "newsbrief: missing required argument 'inputs' (see newsbrief add --help)\n"],
    [['stories', 's-1'], "newsbrief: too many arguments for 'stories'. Expected 0 arguments but got 1. (see newsbrief stories --help)\n"],
  ];
  for (const [args, message] of cases) {
    const { status, stderr } = await usage(args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stderr, message);
  }
});
