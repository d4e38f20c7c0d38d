/** @module Finds the repository root from compiled test files, wherever they sit under dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('dist')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const SEEDS_DIR = join(REPO_ROOT, 'examples', 'aleppo');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');
