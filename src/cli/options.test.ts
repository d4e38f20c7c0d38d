import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { fakeIo } from '../../test/fake-io.js';
import { run } from './main.js';
import { badOptionError } from './options.js';

test('badOptionError names the flag as typed, what was expected and the value given', () => {
  const raw = { quietMs: '-5' };
  const parsed = z.object({ quietMs: z.coerce.number().int().min(0) }).safeParse(raw);
  assert.equal(parsed.success, false);
  if (parsed.success) return;
  const error = badOptionError(raw, parsed.error);
  assert.equal(error.code, 'BAD_OPTION');
  assert.equal(error.message, 'Bad option --quiet-ms: expected number to be >=0, got "-5"');
});

test('a bad flag value is one line with the value as typed, exit 2, before any data is touched', async () => {
  // The directory is never created: every flag is checked before the store opens it.
  const data = join(mkdtempSync(join(tmpdir(), 'nb-options-')), 'data');
  const cases: readonly [readonly string[], string][] = [
    [['poll', '--data', data, '--timeout', 'soon'], 'Bad option --timeout: expected number, got "soon"'],
    [['add', 'examples/aleppo', '--data', data, '--timeout', '0'], 'Bad option --timeout: expected number to be >0, got "0"'],
    [['serve', '--data', data, '--port', '70000'], 'Bad option --port: expected number to be <=65535, got "70000"'],
    [['serve', '--data', data, '--quiet-ms', '-5'], 'Bad option --quiet-ms: expected number to be >=0, got "-5"'],
    [['worker', '--concurrency', '0'], 'Bad option --concurrency: expected number to be >=1, got "0"'],
    [['extract', 'page.html', '--url', 'example.com/story'], 'Bad option --url: expected an absolute URL such as https://example.com/story, got "example.com/story"'],
    [['extract', 'page.html', '--date', 'yesterday'], 'Bad option --date: expected an ISO date such as 2016-12-15 or 2016-12-15T10:00:00Z, got "yesterday"'],
    [['extract', 'page.html', '--date', '2016-13-45'], 'Bad option --date: expected a real date such as 2016-12-15, got "2016-13-45"'],
    [['brief', 'examples/aleppo', '--cluster', 'd30001t'], '--cluster picks a cluster of a dataset .jsonl, but no path given is one (got examples/aleppo)'],
  ];
  for (const [args, message] of cases) {
    const { io, out, err } = fakeIo();
    assert.equal(await run(args, io), 2, `${args.join(' ')}: ${err()}`);
    assert.equal(err(), `newsbrief: ${message}\n`);
    assert.equal(out(), '');
  }
});
