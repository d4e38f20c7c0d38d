import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEEDS_DIR } from '../../test/repo-root.js';
import { segmentReport } from '../text/index.js';
import { CREDIT, endsClosed, findNonArticleRanges, findTitle, mayHoldCredit } from './non-article.js';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { reportFromText } from './report-from-text.js';

const seed = (name: string): string => readFileSync(join(SEEDS_DIR, name), 'utf8');
const kinds = (text: string): [string, string][] => findNonArticleRanges(text).map((r) => [r.kind, text.slice(r.start, r.end)]);

test('captions with photo credits, repeated headlines and sub-heads are marked in the Aleppo report 003', () => {
  const text = seed('003_853c5aa4b7faf175.txt');
  const found = kinds(text);
  assert.deepEqual(found.map(([k]) => k), ['headline', 'headline', 'repeated-headline', 'caption', 'headline']);
  assert.match(found[3]![1], /Picture by Hassan Ammar AP\/Press Association Images$/);
  assert.match(found[4]![1], /^'Safe passage\sguaranteed'$/);
  assert.equal(findTitle(text, findNonArticleRanges(text)), "Human rights monitor says the battle for Aleppo 'has reached its end'");
});

test('"Credit: Reuters" captions and "Other news" navigation are marked', () => {
  assert.deepEqual(kinds(seed('004_8826540e88871d67.txt')).filter(([k]) => k === 'caption').map(([, t]) => t), [
    'More than 20,000 residents in Aleppo province have been killed Credit: Reuters',
    'Aleppo has been effectively under constant bombardment Credit: Reuters',
  ]);
  assert.deepEqual(kinds(seed('002_c425e6363a30cb46.txt')).at(-1), ['navigation', 'Other news']);
});

test('article paragraphs are left alone', () => {
  assert.deepEqual(kinds(seed('000_76b5fb938eb88dee.txt')), []);
});

test('inside a long one-line article only the credit itself is marked', () => {
  const text = `${'The storm moved east over the weekend and left thousands without power. '.repeat(6)}( photo: mark humphrey, ap ) rio police say a man was shot.`;
  const ranges = findNonArticleRanges(text);
  assert.equal(ranges.length, 1);
  assert.equal(text.slice(ranges[0]!.start, ranges[0]!.end), 'photo: m');
  assert.equal(ranges[0]!.kind, 'credit');
});

test('in a one-line Multi-News page, a Wayback crawl notice and a Twitter prompt are marked, the article is not', () => {
  // Real Multi-News dev text (flattened, lower-cased after the first word): two furniture sentences in a line.
  const crawl = 'These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.';
  const tweet = 'You always have the option to delete your tweet location history.';
  const text = `${crawl} The guardian said on monday that the inquiry would report in march. ${tweet} Police declined to comment.`;
  const ranges = findNonArticleRanges(text);
  assert.deepEqual(
    ranges.map((r) => [r.kind, text.slice(r.start, r.end)]),
    [['furniture', crawl], ['furniture', tweet]],
  );
  const sentences = segmentReport(reportFromText({ id: 'r0', text }));
  assert.deepEqual(sentences.filter((s) => s.isArticle).map((s) => s.text), ['The guardian said on monday that the inquiry would report in march.', 'Police declined to comment.']);
});

test('in a one-line Multi-News page, the caption and wire dateline in front of the story are cut off its first sentence', () => {
  // The shape of real Multi-News train text: a photo caption cut off with "...", its credit, then the dateline.
  const text = 'Pedro quezada, 44, entered the store... ( associated press ) passaic, n.j. ( ap ) — a new jersey man won the jackpot. He said he would share it.';
  const report = reportFromText({ id: 'r0', text });
  assert.equal(report.source, 'AP');
  const sentences = segmentReport(report);
  assert.deepEqual(sentences.map((s) => s.text), ['Pedro quezada, 44, entered the store...', 'a new jersey man won the jackpot.', 'He said he would share it.']);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('bylines are marked', () => {
  assert.deepEqual(kinds('By Jane Smith\nThe talks ended without a deal on Friday.'), [['byline', 'By Jane Smith']]);
});

test('the credit prefilter passes every line the credit pattern matches, and rejects plain article lines', () => {
  // Each alternative of CREDIT in mixed case and Unicode surroundings, then every line of the Aleppo seeds.
  const crafted = [
    'Credit: Reuters', 'PHOTO: AFP', 'Photograph by: John Doe', 'Picture by Hassan Ammar', 'IMAGE CAPTION Smoke rises',
    'Image copyright Getty', 'AP Photo', 'Reuters/Stringer', 'Getty Images / AFP', 'smoke rises/ EPA', 'Press Association Images',
    '(Photo: Ammar)', 'photo credit', 'A file photo shows the city', 'Ça, Photo:\u00e9t\u00e9', '\u0130mage caption',
  ];
  const lines = [...crafted];
  for (const name of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt'))) lines.push(...seed(name).split('\n'));
  let matched = 0;
  for (const line of lines) {
    if (!CREDIT.test(line)) continue;
    matched++;
    assert.ok(mayHoldCredit(line), line);
  }
  assert.ok(matched >= crafted.length - 1, `only ${matched} lines matched`);
  assert.equal(mayHoldCredit('The talks ended without a deal on Friday.'), false);
});

test('property: endsClosed agrees with /[.!?:;…]["\'”’)\\]]*$/ on any text', () => {
  const CLOSED = /[.!?:;\u2026]["'\u201d\u2019)\]]*$/;
  const units = fc.constantFrom(...'a .!?:;,\u2026"\'\u201d\u2019)]'.split(''));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: units, maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (text) =>
      assert.equal(endsClosed(text), CLOSED.test(text)),
    ),
    { numRuns: 2000 },
  );
});
