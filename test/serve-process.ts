/** @module `newsbrief serve` as a user starts it, for the end-to-end tests that need the real process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root.js';

export interface ServeProcess {
  readonly child: ChildProcess;
  /** The address it printed ("serving http://..."). */
  readonly url: string;
  readonly stderr: () => string;
}

/** Starts `newsbrief serve --data DIR --port 0 ARGS...` and resolves once it says where it is serving; rejects if it exits first. */
export function startServe(dataDir: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<ServeProcess> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'newsbrief.js'), 'serve', '--data', dataDir, '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /serving (http:\/\/\S+)/.exec(stderr);
      if (match !== null) resolve({ child, url: match[1]!, stderr: () => stderr });
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
}
