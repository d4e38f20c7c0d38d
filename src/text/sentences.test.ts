import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { NEVER_FINAL, SOMETIMES_FINAL } from './abbreviations.js';
import { splitSentences } from './sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('abbreviations, initials, decimals and times do not end sentences', () => {
  assert.deepEqual(texts('Mr. Assad met Gen. Jones and John F. Kennedy Jr. at 11.50pm. It cost $8.2 million.'), [
    'Mr. Assad met Gen. Jones and John F. Kennedy Jr. at 11.50pm.',
    'It cost $8.2 million.',
  ]);
});

test('a title abbreviation that ends a name the text also writes without the period ends the sentence', () => {
  // DUC 2004 d30001t: Cambodia's prime minister, whose name ends like "Sen." for senator.
  assert.deepEqual(texts("Leaders fled threats of arrest from strongman Hun Sen. Hun Sen complained Monday. Hun Sen's party won."), [
    'Leaders fled threats of arrest from strongman Hun Sen.',
    'Hun Sen complained Monday.',
    "Hun Sen's party won.",
  ]);
  // A title is followed by its name, and no "Republican Sen" without the period is there to say otherwise.
  assert.deepEqual(texts('Republican Sen. John McCain spoke. Later Sen. Bob Dole agreed with Republican Sen. McCain.'), [
    'Republican Sen. John McCain spoke.',
    'Later Sen. Bob Dole agreed with Republican Sen. McCain.',
  ]);
});

test('a month abbreviation before a day stays in the sentence; "U.S." before an opener ends it', () => {
  assert.deepEqual(texts('He left on Dec. 6, 2016. He returned to the U.S. The talks resumed.'), [
    'He left on Dec. 6, 2016.',
    'He returned to the U.S.',
    'The talks resumed.',
  ]);
  assert.deepEqual(texts('The U.S. Army said so.'), ['The U.S. Army said so.']);
});

test('closing quotes and brackets stay with their sentence', () => {
  assert.deepEqual(texts('"Every hour, butcheries are carried out," the SOHR said. "Please don\'t give them this chance." He left.'), [
    '"Every hour, butcheries are carried out," the SOHR said.',
    '"Please don\'t give them this chance."',
    'He left.',
  ]);
  assert.deepEqual(texts('It was over (the monitor said so.) Rebels left.'), ['It was over (the monitor said so.)', 'Rebels left.']);
});

test('line breaks end sentences, so headlines and captions stand alone', () => {
  assert.deepEqual(texts('Four-year battle for Aleppo could be over\n\nThe battle has raged for years.'), [
    'Four-year battle for Aleppo could be over',
    'The battle has raged for years.',
  ]);
});

test('lower-cased tokenizer-spaced Multi-News text splits at its quotes and questions', () => {
  assert.deepEqual(texts('the show won. " this may be the saddest emmys of all time, " he said. Why was it a bore? chalk it up to tone.'), [
    'the show won.',
    '" this may be the saddest emmys of all time, " he said.',
    'Why was it a bore?',
    'chalk it up to tone.',
  ]);
});

test('never throws, and every sentence is a trimmed, in-order slice of the input', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      const spans = splitSentences(text);
      let previousEnd = 0;
      for (const span of spans) {
        assert.ok(span.start >= previousEnd && span.end > span.start && span.end <= text.length);
        const sentence = text.slice(span.start, span.end);
        assert.equal(sentence, sentence.trim());
        previousEnd = span.end;
      }
    }),
  );
});

test('sentences and the whitespace gaps between them rebuild the input', () => {
  const alphabet = fc.constantFrom('a', 'B', '.', '!', '?', ' ', '\n', '"', "'", '(', ')', 'Mr', 'U.S.', '3', 'é');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join('')), (text) => {
      const spans = splitSentences(text);
      let rebuilt = '';
      let cursor = 0;
      for (const span of spans) {
        const gap = text.slice(cursor, span.start);
        assert.equal(gap.trim(), '', `gap ${JSON.stringify(gap)} holds text`);
        rebuilt += gap + text.slice(span.start, span.end);
        cursor = span.end;
      }
      assert.equal(text.slice(cursor).trim(), '');
      rebuilt += text.slice(cursor);
      assert.equal(rebuilt, text);
    }),
  );
});

test('matches a naive splitter on text without abbreviations or quotes', () => {
  // Words that are abbreviations ("no", "st") legitimately keep a period inside the sentence.
  const isAbbreviation = (w: string): boolean => NEVER_FINAL.has(w.toLowerCase()) || SOMETIMES_FINAL.has(w.toLowerCase());
  const word = fc.stringMatching(/^[a-z]{1,8}$/).filter((w) => !isAbbreviation(w));
  // A lone capital and a period is an initial ("John F. Kennedy"), so opening words have two letters or more.
  const sentence = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{1,6}$/).filter((w) => !isAbbreviation(w)), fc.array(word, { maxLength: 8 }), fc.constantFrom('.', '!', '?')).map(
    ([first, rest, end]) => [first, ...rest].join(' ') + end,
  );
  fc.assert(
    fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
      const text = sentences.join(' ');
      const naive = text.split(/(?<=[.!?]) (?=[A-Z])/);
      assert.deepEqual(texts(text), naive);
    }),
  );
});
