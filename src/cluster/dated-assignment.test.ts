import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStoryAssigner, type StoryReport } from './index.js';

// Three short excerpts of real reports of the GVA dev stream (cltl/LongTailQATask, research use only;
// /work/shared/data/README.md): two incidents in spring 2013 and a trial report on the first six months later.
const CRAB_FEST: StoryReport = {
  id: 'crab-fest',
  publishedAt: '2013-05-01',
  title: '5 shot at crab festival in Williston, Florida',
  text: 'Five people were shot, one fatally, on Saturday during the Williston, Fla. annual Crab Festival.\n\nLater that day, 19-year-old Devontee Tramine Ocasio was arrested in Marion County for the shootings.',
};
const LUNENBURG: StoryReport = {
  id: 'lunenburg',
  publishedAt: '2013-05-19',
  title: 'Man wanted in Lunenburg quadruple shooting',
  text: "The Lunenburg County Sheriff's Office is searching for a man believed to be responsible for a quadruple shooting.\n\nDeputies say around 1:00 a.m. Saturday they responded to a home on Pleasant Oak Road and learned four adult males had been shot.",
};
const MISTRIAL: StoryReport = {
  id: 'mistrial',
  publishedAt: '2013-10-30',
  title: 'Judge Declares Mistrial in Williston Crab Fest Shooting',
  text: 'A judge has granted a mistrial in the case of the man accused of shooting up the Williston crab fest in April.\n\nDevonte Ocasio requested and was granted a speedy trial after being accused of killing one person and shooting four others.',
};
const storiesOf = (reports: readonly StoryReport[], options = {}): string[] => {
  const assigner = createStoryAssigner(options);
  return reports.map((r) => assigner.assign(r).story);
};

test('a trial report six months after a shooting joins its story when place and names agree, and not the other shooting', () => {
  assert.deepEqual(storiesOf([CRAB_FEST, LUNENBURG, MISTRIAL]), ['s-1', 's-2', 's-1']);
});

test('the same follow-up past the window (365 days) starts a story of its own: the window bounds which stories are met', () => {
  const late = { ...MISTRIAL, publishedAt: '2015-06-01' };
  assert.deepEqual(storiesOf([CRAB_FEST, LUNENBURG, late]), ['s-1', 's-2', 's-3']);
});

test('two shootings a day apart in different places are two stories, though their words are alike', () => {
  const nextDay = { ...LUNENBURG, publishedAt: '2013-05-02' };
  assert.deepEqual(storiesOf([CRAB_FEST, nextDay]), ['s-1', 's-2']);
});

test('an undated stream is assigned by the cosine rule, exactly as with the dated decision turned off', () => {
  const undated = [CRAB_FEST, LUNENBURG, MISTRIAL].map((r) => ({ ...r, publishedAt: null }));
  assert.deepEqual(storiesOf(undated), storiesOf(undated, { datedJoin: false }));
  const dated = [CRAB_FEST, LUNENBURG, MISTRIAL];
  assert.deepEqual(storiesOf(undated), storiesOf(dated, { datedJoin: false, windowDays: 100_000 }));
});
