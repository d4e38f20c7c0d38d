/** @module Runs one `test/fixtures/html-*` folder through reportFromHtml: shared by the fixture test and the regenerate script. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNewsbriefError } from '../src/errors.js';
import { reportFromHtml } from '../src/ingest/html/index.js';

/** The repository root: the nearest folder above this module that holds package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the test module');
    dir = parent;
  }
  return dir;
}

export function htmlFixtureDirs(): string[] {
  const root = join(repoRoot(), 'test', 'fixtures');
  return readdirSync(root)
    .filter((name) => name.startsWith('html-'))
    .sort()
    .map((name) => join(root, name));
}

/**
 * Reads `input.html` (bytes), optional `input.meta.json` (sidecar) and `options.json`
 * (`{"url", "contentType"}`), and returns the report's fields, or the error's code and message.
 */
export function runHtmlFixture(dir: string): unknown {
  const optionsPath = join(dir, 'options.json');
  const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as { url?: string; contentType?: string }) : {};
  const sidecarPath = join(dir, 'input.meta.json');
  const sidecar: unknown = existsSync(sidecarPath) ? JSON.parse(readFileSync(sidecarPath, 'utf8')) : undefined;
  try {
    const report = reportFromHtml({ html: readFileSync(join(dir, 'input.html')), id: 'input', path: 'input.html', ...options, sidecar });
    return {
      title: report.title,
      source: report.source,
      url: report.url,
      publishedAt: report.publishedAt,
      author: report.author ?? null,
      origins: report.origins ?? {},
      nonArticle: report.nonArticle,
      paragraphs: report.text.split('\n\n'),
    };
  } catch (error) {
    if (isNewsbriefError(error)) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}
