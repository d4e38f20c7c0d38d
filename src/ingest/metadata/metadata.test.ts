import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../html/parse-document.js';
import { mergeMetadata } from './merge-metadata.js';
import { readJsonLd } from './json-ld.js';
import { readMetaTags } from './meta-tags.js';
import { readSidecar } from './sidecar.js';
import { normalizeDate } from './normalize-date.js';
import { readTimeElements } from './time-elements.js';
import { NewsbriefError } from '../../errors.js';

test('JSON-LD NewsArticle inside @graph gives headline, dates, authors, publisher and URL', () => {
  const values = readJsonLd([
    JSON.stringify({
      '@graph': [
        { '@type': 'WebPage', name: 'Page name', url: 'https://x.example/page' },
        { '@type': ['NewsArticle'], headline: 'Review &#8211; it shoots', datePublished: '2019-11-20T08:05:26+00:00', author: [{ name: 'A B' }, 'C D'], publisher: { name: 'VG247' }, mainEntityOfPage: { '@id': 'https://x.example/a' } },
      ],
    }),
  ]);
  assert.deepEqual(values, { title: 'Review – it shoots', author: 'A B, C D', source: 'VG247', publishedAt: '2019-11-20T08:05:26+00:00', url: 'https://x.example/a' });
});

test('broken JSON-LD is skipped without an error', () => {
  assert.deepEqual(readJsonLd(['{"@type": "NewsArticle", ', 'not json']), {});
});

test('Open Graph and other meta tags are read apart so their origin is known', () => {
  const doc = parseDocument('<html><head><title>T - Site</title><meta property="og:site_name" content="Site"><meta name="author" content="By Jo Bloggs"><meta name="pubdate" content="20191118"><link rel="canonical" href="https://s.example/a"></head><body></body></html>');
  const tags = readMetaTags(doc);
  assert.deepEqual(tags.openGraph, { source: 'Site' });
  assert.deepEqual(tags.other, { author: 'By Jo Bloggs', publishedAt: '2019-11-18', url: 'https://s.example/a', title: 'T - Site' });
});

test('the first time element with a datetime gives the date', () => {
  const doc = parseDocument('<html><body><p>x <time datetime="2016-12-13">Tuesday</time></p><time datetime="2020-01-01">later</time></body></html>');
  assert.equal(readTimeElements(doc).publishedAt, '2016-12-13');
});

test('earlier sources win the merge and each value keeps its origin', () => {
  const merged = mergeMetadata([
    { origin: 'flag', values: { title: 'Given' } },
    { origin: 'json-ld', values: { title: 'From page', source: 'Pub' } },
    { origin: 'time-element', values: { publishedAt: '2016-12-13' } },
  ]);
  assert.deepEqual(merged, { title: { value: 'Given', origin: 'flag' }, source: { value: 'Pub', origin: 'json-ld' }, publishedAt: { value: '2016-12-13', origin: 'time-element' } });
});

test('a sidecar with a bad date is refused naming the field', () => {
  assert.throws(() => readSidecar({ date: 'last Tuesday' }), (e: unknown) => e instanceof NewsbriefError && e.code === 'BAD_INPUT' && e.message.includes('publishedAt'));
  assert.deepEqual(readSidecar({ date: '2016-12-13', source: 'IANS' }), { source: 'IANS', publishedAt: '2016-12-13' });
});

test('metadata dates are normalized and non-dates rejected', () => {
  assert.equal(normalizeDate('Wed, 20 Nov 2019 08:00:58 GMT'), '2019-11-20T08:00:58.000Z');
  assert.equal(normalizeDate('2019-11-19T06:30:42-05:00'), '2019-11-19T06:30:42-05:00');
  for (const bad of ['3.409', '12', '2019-02-30', 'yesterday']) assert.equal(normalizeDate(bad), null, bad);
});
