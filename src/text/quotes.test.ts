import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesBalanced, unpairedQuotes } from './quotes.js';

// Sentences as DUC 2004 (d31031t) and Multi-News dev split them: a quotation of three sentences, and a detokenised
// split that puts the closing mark at the head of the next sentence.
test('a sentence that opens, continues or closes a quotation of several sentences is unbalanced', () => {
  assert.equal(quotesBalanced(`...emerged from the session saying: "We don't have a deal.`), false);
  assert.equal(quotesBalanced('We made some good progress.'), true);
  assert.equal(quotesBalanced('The biggest issue, still, is the 100,000 teachers."'), false);
  assert.equal(quotesBalanced('Yeah, yeah, that\'s enough, " the man said as police officers led him away in handcuffs.'), false);
});

test('paired straight and curly marks balance; single quotes (apostrophes in detokenised text) are not read', () => {
  assert.equal(quotesBalanced('Republicans, railing against "Beltway bureaucrats," say that local school districts should decide.'), true);
  assert.equal(quotesBalanced('He urged the president to \u201cheal the wounds that you have created.\u201d'), true);
  assert.equal(quotesBalanced("dan brown has topped oxfam's ' most donated ' list again."), true);
  assert.equal(unpairedQuotes('\u201cOne. \u201cTwo.'), 2);
  assert.equal(unpairedQuotes('"One" and "two'), 1);
});
