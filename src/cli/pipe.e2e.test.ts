import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../test/repo-root.js';

test('a reader that closes the pipe early (`newsbrief ... | head`) ends the run quietly, not with a stack trace', async () => {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'newsbrief.js'), 'brief', 'examples/aleppo', '--format', 'json'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Closed before the CLI has loaded, so its first write meets a closed pipe.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  assert.equal(stderr, '');
  assert.equal(code, 0);
});
