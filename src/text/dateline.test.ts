import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findDateline } from './dateline.js';
import { leadInSpans } from './lead-ins.js';

test('a wire dateline with a date and an agency gives place, agency and a year from the hint', () => {
  const found = findDateline('Geneva, Dec 13 (IANS) The UN human rights office said on Tuesday...', { year: 2016 });
  assert.deepEqual(found, { start: 0, end: 21, place: 'Geneva', source: 'IANS', date: '2016-12-13', isYearInferred: true });
});

test('a Reuters dateline without a date gives the place and agency and no date', () => {
  const text = 'BEIRUT (Reuters) - Syrian government forces pressed their advance.';
  const found = findDateline(text);
  assert.equal(found?.place, 'BEIRUT');
  assert.equal(found?.source, 'Reuters');
  assert.equal(found?.date, null);
  assert.equal(text.slice(found!.start, found!.end), 'BEIRUT (Reuters) -');
});

test('a printed year is used and not marked as inferred', () => {
  const found = findDateline('BEIRUT, Dec. 13, 2016 (Reuters) - Rebels agreed to leave.', { year: 2020 });
  assert.equal(found?.date, '2016-12-13');
  assert.equal(found?.isYearInferred, false);
});

test('a yearless dateline takes the year closest to the reference date', () => {
  const found = findDateline('ALEPPO, Dec 31 (AFP) - Shelling resumed.', { reference: '2017-01-02' });
  assert.equal(found?.date, '2016-12-31');
  assert.equal(found?.isYearInferred, true);
});

test('a yearless dateline without evidence has no date', () => {
  assert.equal(findDateline('Geneva, Dec 13 (IANS) The UN said...')?.date, null);
});

test('an all-caps place with a dash and a region is found after a caption paragraph', () => {
  const text = 'The Associated Press\n\nSAN FRANCISCO, Calif. — PG&E began a new round of shutoffs.';
  const found = findDateline(text);
  assert.equal(found?.place, 'SAN FRANCISCO, Calif.');
  assert.equal(text.slice(found!.start, found!.end), 'SAN FRANCISCO, Calif. —');
});

test('a wire dateline in lower-cased, tokenizer-spaced text is found after a caption, its credit included', () => {
  const text = 'a rare blue lobster caught by a fisherman... ( associated press ) portsmouth, n.h. ( ap ) — a new hampshire lobsterman has caught a rare lobster.';
  const found = findDateline(text);
  assert.equal(text.slice(found!.start, found!.end), '( associated press ) portsmouth, n.h. ( ap ) —');
  assert.equal(found?.place, 'portsmouth, n.h.');
  assert.equal(found?.source, 'AP');
  assert.equal(found?.date, null);
});

test('an agency alone opening the text is a dateline with no place', () => {
  const text = '( cnn ) -- the search for the missing plane resumed on monday.';
  const found = findDateline(text);
  assert.deepEqual(found, { start: 0, end: 10, place: '', source: 'CNN', date: null, isYearInferred: false });
  assert.equal(findDateline('Los angeles ( ap ) — in her first interview, she spoke.')?.place, 'Los angeles');
});

test('an agency credit inside a sentence, or followed by no dash, is not a dateline', () => {
  for (const text of [
    'the senator told cnn ( cnn ) -- that she would run.',
    'the findings were first reported by reuters ( reuters ) - and denied.',
    'london ( ap ) the family said nothing.',
    'officials in five counties said on monday that the river , which rose overnight , ( ap ) — was falling.',
  ]) {
    assert.equal(findDateline(text), null, text);
  }
});

test('ordinary sentence openings are not datelines', () => {
  for (const text of ['Officials said on Monday that 82 people died.', 'The UN said - in a statement - that...', 'US officials met in Geneva.', '12.53% of voters', '']) {
    assert.equal(findDateline(text), null, text);
  }
});

test('findDateline never throws and its offsets always lie inside the text', () => {
  fc.assert(
    fc.property(fc.string(), fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }), (text, year) => {
      const found = findDateline(text, year === undefined ? {} : { year });
      if (found === null) return;
      assert.ok(found.start >= 0 && found.start < found.end && found.end <= text.length);
      assert.ok(text.slice(found.start, found.end).includes(found.place.split(',')[0]!));
    }),
  );
});

test('a generated dateline is found with the date it was built from', () => {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1990, max: 2030 }), (m, d, y) => {
      const found = findDateline(`LONDON, ${months[m]} ${d}, ${y} (Reuters) - Prices rose.`);
      assert.equal(found?.date, `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }),
  );
});

test('a wire dateline opens a sentence exactly where a widget label can (one definition of a sentence start)', () => {
  for (const before of ['', 'It ended.” ', 'Really?) ', 'Wait…]  ', 'a caption\n  ']) {
    const dateline = findDateline(`${before}london ( ap ) — the talks ended.`);
    assert.equal(dateline?.start, before.length, JSON.stringify(before));
    assert.equal(leadInSpans(`${before}Advertisement the talks ended.`)[0]?.start, before.length, JSON.stringify(before));
  }
  for (const before of ['it ended, ', 'it ended ', 'they met in ']) {
    assert.equal(findDateline(`${before}london ( ap ) — the talks ended.`), null, JSON.stringify(before));
    assert.deepEqual(leadInSpans(`${before}Advertisement the talks ended.`), [], JSON.stringify(before));
  }
});
