import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createStoryAssigner, reportTerms, restoreStoryAssigner, type StoryReport } from './index.js';

// Real news words, so generated reports share terms and stories actually form and grow.
const WORDS = `turkey syria troops border kurdish rebels ocalan rome extradition microsoft antitrust court
judge browser windows gaza airport palestinian israel accord netanyahu arafat bomb market jerusalem hurricane
mitch honduras flood aid pinochet london spain arrest senate impeachment clinton vote election`.split(/\s+/);

const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 60 }),
);
const date = fc.option(fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2016, 0, 1 + d)).toISOString().slice(0, 10)), { nil: null });
const stream = fc.array(fc.record({ text, publishedAt: date }), { minLength: 1, maxLength: 30 }).map((rs) => rs.map((r, k): StoryReport => ({ id: `r${k}`, ...r })));

test('assignment is deterministic: the same stream gives the same stories twice', () => {
  fc.assert(
    fc.property(stream, (reports) => {
      const a = createStoryAssigner();
      const b = createStoryAssigner();
      assert.deepEqual(reports.map((r) => a.assign(r)), reports.map((r) => b.assign(r)));
    }),
  );
});

test('snapshot, JSON round trip and restore, then continue, gives what never snapshotting gives', () => {
  fc.assert(
    fc.property(stream, fc.nat(), (reports, cut) => {
      const at = cut % (reports.length + 1);
      const straight = createStoryAssigner();
      const expected = reports.map((r) => straight.assign(r));
      const first = createStoryAssigner();
      const head = reports.slice(0, at).map((r) => first.assign(r));
      const resumed = restoreStoryAssigner(JSON.parse(JSON.stringify(first.snapshot())) as unknown);
      const tail = reports.slice(at).map((r) => resumed.assign(r));
      assert.deepEqual([...head, ...tail], expected);
      assert.deepEqual(resumed.snapshot(), straight.snapshot());
    }),
  );
});

test('a text with content words arriving again lands in its first story', () => {
  fc.assert(
    fc.property(stream, fc.nat(), (reports, pick) => {
      const assigner = createStoryAssigner();
      const out = reports.map((r) => assigner.assign(r));
      const k = pick % reports.length;
      const again = assigner.assign({ id: 'again', text: reports[k]?.text ?? '', publishedAt: reports[k]?.publishedAt ?? null });
      // By design, a report with no content word (only stop words, digits or symbols) stands alone,
      // and a story quiet for two windows before the newest date is forgotten.
      if (reportTerms(reports[k]?.text ?? '').size === 0) return;
      if (assigner.snapshot().stories.every((s) => s.id !== out[k]?.story)) return;
      assert.equal(again.story, out[k]?.story);
    }),
  );
});

test('assign never throws and story ids are s-<n> numbered in order of creation', () => {
  fc.assert(
    fc.property(stream, (reports) => {
      const assigner = createStoryAssigner();
      let next = 1;
      for (const r of reports) {
        const got = assigner.assign(r);
        if (got.isNew) assert.equal(got.story, `s-${next++}`);
        assert.ok(got.similarity >= 0 && got.similarity <= 1 + 1e-9);
      }
    }),
  );
});
