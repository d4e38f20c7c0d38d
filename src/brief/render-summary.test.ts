import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BriefSummary as Brief } from '../types.js';
import { escapeMarkdown, renderSummaryMarkdown, renderSummaryText } from './render-summary.js';

const hostile: Brief = {
  reports: [{ id: 'r 1', title: '<script>alert(1)</script> *breaking*', source: '[evil](http://x)', date: '2016-12-13', dateOrigin: 'metadata', path: null, url: null }],
  summary: [{ text: 'Rebels left ![img](http://x/y.png) the `city`.', sources: [{ report: 'r 1', start: 0, end: 10 }] }],
  words: 6,
  maxWords: 50,
};

test('Markdown output escapes markup in report text, titles and sources', () => {
  const markdown = renderSummaryMarkdown(hostile);
  assert.doesNotMatch(markdown, /<script>/);
  assert.doesNotMatch(markdown, /(?<!\\)\]\(http/);
  assert.match(markdown, /\\<script\\>alert\(1\)\\<\/script\\> \\\*breaking\\\*/);
  assert.match(markdown, /Rebels left !\\\[img\\\]\(http:\/\/x\/y\.png\) the \\`city\\`\.\[\^r-1\]/);
  assert.match(markdown, /\n\[\^r-1\]: /);
});

test('escapeMarkdown leaves ordinary prose alone', () => {
  assert.equal(escapeMarkdown("Four-year battle for Aleppo could be over 'within hours'."), "Four-year battle for Aleppo could be over 'within hours'.");
});

test('text output numbers sentences and lists their sources', () => {
  assert.equal(
    renderSummaryText(hostile),
    'Summary (6 of 50 words, from 1 report)\n\n1. Rebels left ![img](http://x/y.png) the `city`.\n   [r 1 0-10]\n\nSources\n- r 1 ([evil](http://x), 2016-12-13): <script>alert(1)</script> *breaking*\n',
  );
});
