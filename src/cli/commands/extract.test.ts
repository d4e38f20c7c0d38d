import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fakeIo } from '../../../test/fake-io.js';
import { repoRoot } from '../../../test/html-fixture-case.js';
import { run } from '../main.js';


const fixture = (name: string): string => join(repoRoot(), 'test', 'fixtures', name, 'input.html');

test('extract prints the report of an HTML page as JSON with title, source, url, date and text', async () => {
  const { io, out } = fakeIo();
  const status = await run(['extract', fixture('html-jsonld-newsarticle')], io);
  assert.equal(status, 0);
  const report = JSON.parse(out()) as Record<string, unknown>;
  assert.equal(report.title, 'Evacuation of eastern Aleppo resumes after delay – officials');
  assert.equal(report.source, 'World News Daily');
  assert.equal(report.date, '2016-12-15T09:30:00+02:00');
  assert.equal(report.url, 'https://worldnewsdaily.example/world/aleppo-evacuation-resumes');
  assert.ok(String(report.text).startsWith('The evacuation of rebel-held eastern Aleppo resumed'));
});

test('extract of a list page fails with a one-line NOT_ARTICLE message', async () => {
  const { io, out, err } = fakeIo();
  const status = await run(['extract', fixture('html-not-article-section-list')], io);
  assert.equal(status, 1);
  assert.equal(out(), '');
  assert.match(err(), /^newsbrief: Not an article: a list of 9 short items.*\n$/);
});

test('extract --batch writes one {id, title, text} line per page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-batch-'));
  const dataset = join(dir, 'pages.jsonl');
  const html = readFileSync(fixture('html-meta-tags-only'), 'utf8');
  writeFileSync(dataset, `${JSON.stringify({ id: 'a', url: 'https://x.example/a', html })}\n`);
  const outFile = join(dir, 'out.jsonl');
  const { io } = fakeIo();
  assert.equal(await run(['extract', '--batch', dataset, '--out', outFile], io), 0);
  const line = JSON.parse(readFileSync(outFile, 'utf8').trim()) as Record<string, unknown>;
  assert.deepEqual(Object.keys(line), ['id', 'title', 'text']);
  assert.equal(line.title, 'Hibernating astronauts would need smaller spacecraft');
});

test('a malformed dataset line is named by number and leaves no output file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-batch-'));
  const dataset = join(dir, 'pages.jsonl');
  writeFileSync(dataset, `${JSON.stringify({ id: 'a', url: 'u', html: '<p>x</p>' })}\n{"id": "b", "html": \n`);
  const outFile = join(dir, 'out.jsonl');
  const { io, err } = fakeIo();
  assert.equal(await run(['extract', '--batch', dataset, '--out', outFile], io), 1);
  assert.match(err(), /pages\.jsonl:2: expected a JSON object/);
  assert.equal(existsSync(outFile), false);
});

test('the extract command runs as a child process', () => {
  const result = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'newsbrief.js'), 'extract', fixture('html-legacy-charset-windows-1252')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.match(JSON.parse(result.stdout).text as string, /^Les évacuations de l’est d’Alep/);
});
