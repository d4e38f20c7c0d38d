import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES_DIR, REPO_ROOT } from '../../test/repo-root.js';

const BIN = join(REPO_ROOT, 'bin', 'newsbrief.js');
const DATASET = join(FIXTURES_DIR, 'aleppo-dataset', 'input.jsonl');

function newsbrief(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('brief on the seeds prints JSON with reports and a summary whose sentences carry their sources', () => {
  const { status, stdout, stderr } = newsbrief(['brief', 'examples/aleppo', '--words', '120', '--format', 'json']);
  assert.equal(stderr, '');
  assert.equal(status, 0);
  const result = JSON.parse(stdout) as { reports: { id: string; path: string }[]; summary: { text: string; sources: { report: string; start: number; end: number }[] }[] };
  assert.equal(result.reports.length, 5);
  assert.equal(result.reports[0]!.path, 'examples/aleppo/000_76b5fb938eb88dee.txt');
  assert.ok(result.summary.length >= 3);
  for (const sentence of result.summary) assert.ok(sentence.sources.length >= 1 && sentence.sources[0]!.end > sentence.sources[0]!.start);
});

test('brief prints text by default and Markdown on request', () => {
  const text = newsbrief(['brief', 'examples/aleppo']);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^Summary \(\d+ of 120 words, from 5 reports\)\n\n1\. /);
  const markdown = newsbrief(['brief', 'examples/aleppo', '--format', 'markdown']);
  assert.equal(markdown.status, 0);
  assert.match(markdown.stdout, /^## Summary\n\n/);
  assert.match(markdown.stdout, /\[\^000_76b5fb938eb88dee\]: \*untitled\* — IANS/);
});

test('brief mixes an HTML page with text reports, reading the page\'s metadata', () => {
  const page = join(FIXTURES_DIR, 'html-jsonld-newsarticle', 'input.html');
  const { status, stdout, stderr } = newsbrief(['brief', page, 'examples/aleppo/003_853c5aa4b7faf175.txt', '--format', 'json', '--words', '80']);
  assert.equal(status, 0, stderr);
  const result = JSON.parse(stdout) as { reports: { id: string; title: string | null; source: string | null; date: string | null }[] };
  assert.deepEqual(result.reports[0], {
    id: 'input',
    title: 'Evacuation of eastern Aleppo resumes after delay – officials',
    source: 'World News Daily',
    date: '2016-12-15T09:30:00+02:00',
    dateOrigin: 'metadata',
    path: page,
    url: 'https://worldnewsdaily.example/world/aleppo-evacuation-resumes',
  });
  assert.equal(result.reports[1]!.id, '003_853c5aa4b7faf175');
});

test('brief reads standard input', () => {
  const { status, stdout } = newsbrief(['brief', '-', '--format', 'json'], 'Rebels withdrew from the last six neighbourhoods they held in the city on Monday night.\n');
  assert.equal(status, 0);
  assert.equal((JSON.parse(stdout) as { summary: unknown[] }).summary.length, 1);
});

test('an HTML page on standard input is read as a page, with its title and date, as from its file', () => {
  const page = join(FIXTURES_DIR, 'html-jsonld-newsarticle', 'input.html');
  const { status, stdout, stderr } = newsbrief(['brief', '-', '--format', 'json', '--words', '60'], readFileSync(page, 'utf8'));
  assert.equal(status, 0, stderr);
  const result = JSON.parse(stdout) as { reports: { title: string | null; date: string | null; dateOrigin: string | null }[]; summary: { text: string }[] };
  assert.deepEqual(result.reports.map((r) => [r.title, r.date, r.dateOrigin]), [['Evacuation of eastern Aleppo resumes after delay – officials', '2016-12-15T09:30:00+02:00', 'metadata']]);
  assert.ok(result.summary.every((s) => !/[<>]/.test(s.text)));
});

test('a budget too small for any sentence says so on standard error, exits 2 and prints or writes nothing', () => {
  const brief = newsbrief(['brief', 'examples/aleppo', '--words', '5']);
  assert.equal(brief.status, 2);
  assert.equal(brief.stdout, '');
  assert.match(brief.stderr, /^newsbrief: --words 5 is too small for any sentence of these reports: the shortest one that could be chosen has 10 words \(give --words 10 or more\)\n$/);
  const out = join(mkdtempSync(join(tmpdir(), 'newsbrief-small-')), 'out.jsonl');
  const batch = newsbrief(['batch', DATASET, '--words', '5', '--out', out]);
  assert.equal(batch.status, 2);
  assert.match(batch.stderr, /--words 5 is too small for any sentence: no cluster of 2 got a summary/);
  assert.equal(existsSync(out), false);
  const fits = newsbrief(['brief', 'examples/aleppo', '--words', '10']);
  assert.equal(fits.status, 0, fits.stderr);
  // The 10-word sentence is "But the government denied ...", said on its own without its "But".
  assert.match(fits.stdout, /^Summary \(9 of 10 words, from 5 reports\)/);
});

test('bad input gets a one-line message and a non-zero status', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  const cases: [string[], number, RegExp][] = [
    [['brief', 'no/such/dir'], 1, /^newsbrief: Cannot read no\/such\/dir: no such file or directory\n$/],
    [['brief', join(dir, 'empty.txt')], 1, /empty\.txt is empty: expected the text of a news report\n$/],
    [['brief', 'examples/aleppo', '--words', 'ten'], 2, /--words must be a positive integer, got "ten"/],
    [['brief', 'examples/aleppo', '--words', '-3'], 2, /--words must be a positive integer, got "-3"/],
    [['brief', 'examples/aleppo', '--colour'], 2, /unknown option '--colour'/],
    [['brief', 'examples/aleppo', '--format', 'pdf'], 2, /Allowed choices are text, markdown, json/],
    [['brief', DATASET], 2, /holds 2 clusters: pick one with --cluster ID/],
    [['batch', DATASET, '--words', '50', '--jobs', '0'], 2, /--jobs must be a positive integer, got "0"/],
    [['batch', DATASET, '--words', '50', '--jobs', 'x'], 2, /--jobs must be a positive integer, got "x"/],
    [['eval', DATASET, '--words', '50', '-j', '1.5'], 2, /--jobs must be a positive integer, got "1\.5"/],
  ];
  for (const [args, status, message] of cases) {
    const result = newsbrief(args);
    assert.equal(result.status, status, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.equal(result.stdout, '');
  }
});

test('an empty or blank dataset is refused as a dataset, not as a report, by every command that reads one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-cli-empty-dataset-'));
  writeFileSync(join(dir, 'empty.jsonl'), '');
  writeFileSync(join(dir, 'blank.jsonl'), ' \n\n  \t\n');
  const out = join(dir, 'pred.jsonl');
  const expected = 'expected one \\{"id", "documents": \\[\\.\\.\\.\\]\\} or \\{"id", "reports": \\[\\{"id", "text", \\.\\.\\.\\}\\]\\} JSON object per line\\n$';
  for (const [name, found] of [['empty.jsonl', 'is empty'], ['blank.jsonl', 'has only whitespace']] as const) {
    for (const args of [['brief', join(dir, name)], ['batch', join(dir, name), '--words', '50', '--out', out], ['eval', join(dir, name), '--words', '50']]) {
      const result = newsbrief(args);
      const label = `${args[0]!} ${name}`;
      assert.equal(result.status, 1, `${label}: ${result.stderr}`);
      assert.match(result.stderr, new RegExp(`^newsbrief: \\S+${name.replace('.', '\\.')} ${found}: ${expected}`), label);
      assert.doesNotMatch(result.stderr, /news report/, label);
      assert.equal(result.stdout, '', label);
    }
  }
  assert.deepEqual(readdirSync(dir).sort(), ['blank.jsonl', 'empty.jsonl'], 'no output file, partial or temporary, is left');
});

test('batch writes exactly {"id", "summary"} per cluster, sentences joined by newlines', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'nb-batch-')), 'pred.jsonl');
  const { status, stderr } = newsbrief(['batch', DATASET, '--words', '60', '--out', out]);
  assert.equal(status, 0, stderr);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(lines.map((l) => Object.keys(l)), [['id', 'summary'], ['id', 'summary']]);
  assert.deepEqual(lines.map((l) => l.id), ['aleppo', 'aleppo-first-two']);
  for (const line of lines) assert.ok((line.summary as string).split('\n').join(' ').split(/\s+/).length <= 60);
});

test('batch --format json writes the whole brief per cluster, with the report ids, titles and dates of a "reports" line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-batch-json-'));
  const input = join(dir, 'reports.jsonl');
  const [first, second] = (JSON.parse(readFileSync(DATASET, 'utf8').split('\n')[0]!) as { documents: string[] }).documents;
  const reports = [
    { id: 'r-early', title: 'Rebels pushed back', date: '2016-12-12', url: 'https://example.com/a', text: first },
    { id: 'r-late', title: 'Battle ends', date: '2016-12-13', text: second },
  ];
  writeFileSync(input, `${JSON.stringify({ id: 'aleppo', reports })}\n${JSON.stringify({ id: 'plain', documents: [first] })}\n`);
  const out = join(dir, 'briefs.jsonl');
  const { status, stderr } = newsbrief(['batch', input, '--words', '60', '--format', 'json', '--out', out]);
  assert.equal(status, 0, stderr);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; reports: { id: string; title: string | null; date: string | null; url: string | null }[]; summary: { sources: { report: string }[] }[]; figures: unknown[]; reportDates: { date: string | null; origin: string }[] });
  assert.deepEqual(lines.map((l) => l.id), ['aleppo', 'plain']);
  assert.deepEqual(lines[0]!.reports.map((r) => [r.id, r.title, r.date, r.url]), [
    ['r-early', 'Rebels pushed back', '2016-12-12', 'https://example.com/a'],
    ['r-late', 'Battle ends', '2016-12-13', null],
  ]);
  assert.deepEqual(lines[0]!.reportDates.map((d) => [d.date, d.origin]), [['2016-12-12', 'metadata'], ['2016-12-13', 'metadata']]);
  for (const sentence of lines[0]!.summary) for (const source of sentence.sources) assert.ok(['r-early', 'r-late'].includes(source.report));
  assert.ok(Array.isArray(lines[0]!.figures));
  assert.deepEqual(lines[1]!.reports.map((r) => r.id), ['plain#0']);
});

test('batch on two threads writes byte for byte what it writes on one, summaries and briefs', () => {
  // Nine real DUC 2004 clusters of two documents: enough for each thread to take several, in no fixed order.
  const input = join(FIXTURES_DIR, 'entities-duc2004', 'input.jsonl');
  for (const format of ['summary', 'json']) {
    const [one, two] = ['1', '2'].map((jobs) => newsbrief(['batch', input, '--words', '100', '--format', format, '--jobs', jobs]));
    assert.equal(one!.status, 0, one!.stderr);
    assert.equal(two!.status, 0, two!.stderr);
    assert.equal(two!.stderr, '');
    assert.equal(one!.stdout.trim().split('\n').length, 9, format);
    assert.equal(two!.stdout, one!.stdout, format);
  }
});

test('batch leaves no output file when a line is malformed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-batch-bad-'));
  const input = join(dir, 'bad.jsonl');
  writeFileSync(input, `{"id": "a", "documents": ["Rebels left the city on Monday after a long siege."]}\nnot json\n`);
  const out = join(dir, 'pred.jsonl');
  const { status, stderr } = newsbrief(['batch', input, '--words', '50', '--out', out]);
  assert.equal(status, 1);
  assert.match(stderr, /bad\.jsonl:2: expected a JSON object \{"id", "documents": \[string, \.\.\.\]\} or \{"id", "reports": \[\{"id", "text", .*\}\, found "not json"/);
  assert.equal(existsSync(out), false);
  assert.deepEqual(readdirSync(dir), ['bad.jsonl']);
});

test('eval prints ROUGE-1, ROUGE-2 and ROUGE-Lsum, F1 and recall, and the time taken', () => {
  const { status, stdout, stderr } = newsbrief(['eval', DATASET, '--words', '100']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /2 clusters, budget 100 words/);
  assert.match(stdout, /ROUGE-1 +\d+\.\d\d +\d+\.\d\d\nROUGE-2 +\d+\.\d\d +\d+\.\d\d\nROUGE-Lsum +\d+\.\d\d +\d+\.\d\d\ntime +[\d.]+ s/);
  const json = newsbrief(['eval', DATASET, '--words', '100', '--json']);
  const figures = JSON.parse(json.stdout) as { rouge1: { f1: number; recall: number }; clusters: number };
  assert.equal(figures.clusters, 2);
  assert.ok(figures.rouge1.f1 > 10 && figures.rouge1.f1 < 100);
});

test('--help lists the commands, and each command shows a real example', () => {
  const { status, stdout } = newsbrief(['--help']);
  assert.equal(status, 0);
  for (const command of ['brief', 'batch', 'eval', 'extract', 'timex']) assert.match(stdout, new RegExp(`\\n  ${command}\\b`));
  assert.match(newsbrief(['brief', '--help']).stdout, /\$ newsbrief brief examples\/aleppo --words 120/);
});
