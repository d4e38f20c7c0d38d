import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { segmentReport } from './index.js';
import { LEAD_INS, leadInSpans, mayHoldLeadIn } from './lead-ins.js';
import { reportFromText } from '../ingest/index.js';

const labels = (text: string): string[] => leadInSpans(text).map((s) => text.slice(s.start, s.end));

test('widget labels run into a sentence of a flattened page are found at sentence starts', () => {
  // Shapes of real Multi-News train text.
  assert.deepEqual(labels('Close police confirmed that two bodies found tuesday were the missing teens.'), ['Close']);
  assert.deepEqual(labels('The vote was close. Advertisement amash, an outspoken member of the freedom caucus, objected.'), ['Advertisement']);
  assert.deepEqual(labels('Photo advertisement continue reading the main story litchfield, conn. — questions rose.'), ['Photo advertisement continue reading the main story']);
  assert.deepEqual(labels('Story highlights police are trying to see if the two shootings are related.'), ['Story highlights']);
  assert.deepEqual(labels('Story continued below " i said that she is a very nice girl, " ivana trump said.'), ['Story continued below']);
});

test('the same words as article text are left alone', () => {
  for (const text of [
    'Close to 100 people died in the fire.',
    'Close call for the mayor. Close behind him was the governor.',
    'They watched up close. The photo was taken on may 2.',
    'Photo by michael reynolds the senator spoke.',
    'Photo: ap the senator spoke.',
    'It will enclose the yard. The advertisement ran for a week.',
    'Advertisement',
  ]) {
    assert.deepEqual(labels(text), [], text);
  }
});

test('in a report, the label is cut off its sentence, which stays an exact slice of the text', () => {
  const text = 'Close police confirmed that two bodies were found. Advertisement the search ended on friday.';
  const sentences = segmentReport(reportFromText({ id: 'r0', text }));
  assert.deepEqual(sentences.map((s) => [s.text, s.isArticle]), [
    ['police confirmed that two bodies were found.', true],
    ['the search ended on friday.', true],
  ]);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('leadInSpans never throws and its spans are in order inside the text', () => {
  const words = fc.constantFrom('Close', 'close', 'Photo', 'advertisement', 'story', 'highlights', 'to', 'the', 'police', '.', 'said.', '\n', ' ');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
      const text = parts.join(' ');
      let last = 0;
      for (const s of leadInSpans(text)) {
        assert.ok(s.start >= last && s.start < s.end && s.end <= text.length);
        last = s.end;
      }
    }),
  );
});

test('property: the lead-in prefilter passes every text the pattern matches, long s and Kelvin sign included', () => {
  const pieces = fc.constantFrom('Advertisement', 'ADVERTISEMENT continue reading the main story', 'Story Highlights', 'story continued below',
    'please enable javascript to watch this video', 'Close', 'PHOTO', '\u017ftory highlights', 'clo\u017fe', 'Photo', '\u212a', ' ', 'x', '. ', '"', 'the ');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      LEAD_INS.lastIndex = 0;
      if (LEAD_INS.test(text)) assert.ok(mayHoldLeadIn(text), text);
    }),
    { numRuns: 3000 },
  );
  assert.equal(mayHoldLeadIn('Police confirmed that two bodies were found.'), false);
});
