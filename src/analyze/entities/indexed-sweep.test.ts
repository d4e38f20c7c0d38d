import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { parseDataset, reportFromText, reportsFromCluster } from '../../ingest/index.js';
import { segmentReport } from '../../text/index.js';
import type { Report } from '../../types.js';
import { indexedSweep, type SweepMethods, type SweepResult } from './indexed-sweep.js';
import { tagTerms } from './load-compromise.js';

const require = createRequire(import.meta.url);
/** The repository, from dist/src/analyze/entities/. */
const ROOT = new URL('../../../../', import.meta.url);

interface StockWorld {
  readonly methods: SweepMethods & { readonly one: { bulkMatch: typeof indexedSweep } };
}
type StockNlp = ((text: string) => { docs: unknown[][]; json(opts: object): Array<{ terms: Array<{ text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } }> }> }) & { world(): StockWorld };

/** A second, untouched compromise (the same build, loaded afresh), to hold the tuned one to. */
function stockCompromise(): StockNlp {
  const path = require.resolve('compromise');
  const loaded = require.cache[path];
  delete require.cache[path];
  try {
    return require('compromise') as StockNlp;
  } finally {
    // Put back the instance load-compromise.ts tuned, or none, so that it never tunes this one.
    if (loaded !== undefined) require.cache[path] = loaded;
    else delete require.cache[path];
  }
}

function articleSentences(reports: readonly Report[]): string[] {
  return reports.flatMap((r) => segmentReport(r).filter((s) => s.isArticle).map((s) => s.text));
}

/** Real article sentences: the five Aleppo reports and the first four stories of the DUC 2004 entity fixture (about 250). */
const SENTENCES = [
  ...articleSentences(readdirSync(new URL('examples/aleppo/', ROOT)).map((f) => reportFromText({ id: f, text: readFileSync(new URL(`examples/aleppo/${f}`, ROOT), 'utf8') }))),
  ...articleSentences(parseDataset(readFileSync(new URL('test/fixtures/entities-duc2004/input.jsonl', ROOT), 'utf8'), 'entities-duc2004').slice(0, 4).flatMap((c) => reportsFromCluster(c))),
];

const stock = stockCompromise();

function briefly(results: readonly SweepResult[]): string[] {
  return results.map((r) => `${r.match} @ ${r.pointer.slice(0, 3).join(',')}`);
}

test('the indexed sweep finds the same matches, in the same order, as compromise\'s own in every sweep of real sentences', () => {
  assert.ok(SENTENCES.length > 200, `expected a few hundred sentences, got ${SENTENCES.length}`);
  // Every sweep stock compromise runs while tagging (post-tagger and chunker, on the document as it then
  // stands) is run both ways; stock compromise goes on with its own result.
  const one = stock.world().methods.one;
  const own = one.bulkMatch;
  const seen: string[][] = [];
  one.bulkMatch = (document, net, methods, opts) => {
    const indexed = briefly(indexedSweep(document, net, methods, opts));
    const results = own(document, net, methods, opts);
    assert.deepEqual(indexed, briefly(results));
    seen.push(indexed);
    return results;
  };
  try {
    for (const text of SENTENCES) stock(text);
  } finally {
    one.bulkMatch = own;
  }
  assert.ok(seen.length >= SENTENCES.length, `expected a sweep per sentence, got ${seen.length}`);
  assert.ok(seen.flat().length > 5 * SENTENCES.length, `expected the rules to match often, got ${seen.flat().length} matches`);
});

test('the tuned tagger gives every term the text, spacing, offsets and tags stock compromise gives it', () => {
  for (const text of SENTENCES) {
    const expected = stock(text).json({ offset: true, terms: { offset: true } }).flatMap((s) =>
      s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: t.tags, start: t.offset.start, end: t.offset.start + t.offset.length })),
    );
    assert.deepEqual(tagTerms(text), expected, text);
  }
});
