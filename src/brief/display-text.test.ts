import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../test/html-fixture-case.js';
import { displayText } from './display-text.js';

test('bidi embeddings, overrides and isolates are left out of displayed text; direction marks stay', () => {
  assert.equal(displayText('Rebels \u202eevil\u202c leave Aleppo'), 'Rebels evil leave Aleppo');
  assert.equal(displayText('\u2066\u2067\u2068x\u2069 \u202a\u202b\u202dy'), 'x y');
  assert.equal(displayText('\u200fمرحبا\u200e'), '\u200fمرحبا\u200e');
});

test('a report titled with a right-to-left override prints its title in reading order, and its text unchanged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-bidi-'));
  try {
    const text = 'Buses \u202egnivael\u202c Aleppo\n\nRebels and civilians left the besieged east of the city on buses on Thursday, officials said.\n';
    writeFileSync(join(dir, 'report.txt'), text);
    const result = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'newsbrief.js'), 'brief', join(dir, 'report.txt')], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /[\u202a-\u202e\u2066-\u2069]/);
    assert.match(result.stdout, /Buses gnivael Aleppo/);
    const json = spawnSync(process.execPath, [join(repoRoot(), 'bin', 'newsbrief.js'), 'brief', join(dir, 'report.txt'), '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
    assert.match(json.stdout, /\\u202e|\u202e/, 'the data keeps what the report says');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
